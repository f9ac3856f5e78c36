/**
 * The consent ledger: every consent a customer gave, confirmed, withdrew or refused, with the policy
 * version, the exact text shown, when, where and from which address. {@link
 * io.flowpod.domain.consent.Consents} records and answers "may we?" before every marketing message.
 */
package io.flowpod.domain.consent;
