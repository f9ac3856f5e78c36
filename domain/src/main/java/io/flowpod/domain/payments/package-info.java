/**
 * Payments: the workspace's provider settings (secrets encrypted), one payment request per payable,
 * provider webhooks through an inbox, refunds with idempotency keys. {@link
 * io.flowpod.domain.payments.Payments} is the entry point.
 */
package io.flowpod.domain.payments;
