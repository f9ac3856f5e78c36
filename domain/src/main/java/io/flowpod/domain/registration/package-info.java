/**
 * Registration with GDPR consent: an unknown chat sender or a storefront visitor gets a personal,
 * signed, single-use link (24 h, at most 5 per address per 24 h); the form creates the customer and
 * records each consent in the ledger; e-mail marketing waits for a double opt-in. Drives
 * {@value io.flowpod.domain.registration.RegistrationProcess#PROCESS_ID}.bpmn through flow messages.
 */
package io.flowpod.domain.registration;
