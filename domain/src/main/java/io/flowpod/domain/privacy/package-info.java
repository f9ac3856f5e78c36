/**
 * Data-subject requests (GDPR articles 15-17): {@link io.flowpod.domain.privacy.DataRequests} records
 * a request staff received, verifies the customer's identity, keeps the legal clock (one month,
 * extendable once with a notice before day 30), and carries out access (a JSON export of every
 * {@link io.flowpod.domain.customers.PersonalDataHolder}), rectification and erasure.
 * gdpr-data-request.bpmn drives each request.
 */
package io.flowpod.domain.privacy;
