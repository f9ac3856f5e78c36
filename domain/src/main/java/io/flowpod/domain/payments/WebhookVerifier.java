package io.flowpod.domain.payments;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads and verifies the provider's webhook deliveries (Stripe's signature scheme), implemented in the
 * connectors module. The claimed tenant is read without trust, only to find whose signing secret to
 * verify with; nothing else of the payload is used before {@link #verify} succeeds.
 */
public interface WebhookVerifier {

  /** The {@code flowpod_tenant_id} metadata of the event's object, unverified. */
  Optional<UUID> claimedTenant(String payload);

  /**
   * The event, once the signature header proves that {@code payload} was signed with
   * {@code signingSecret} within the tolerance (300 s).
   *
   * @throws PaymentException reason {@code WEBHOOK_REJECTED} when it does not
   */
  ProviderEvent verify(String payload, String signatureHeader, String signingSecret);

  /**
   * A verified provider event, reduced to what FlowPod acts on.
   *
   * @param payableId the {@code flowpod_payable_id} metadata, null when absent
   * @param paymentStatus a Checkout session's {@code payment_status} (paid, unpaid, no_payment_required)
   */
  record ProviderEvent(String id, String type, UUID tenantId, UUID payableId, String checkoutSessionId,
      String paymentIntentId, String paymentStatus) {}
}
