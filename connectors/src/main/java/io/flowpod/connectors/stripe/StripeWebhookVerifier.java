package io.flowpod.connectors.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.flowpod.domain.payments.PaymentException;
import io.flowpod.domain.payments.WebhookVerifier;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link WebhookVerifier} with stripe-java's {@link Webhook#constructEvent} (HMAC-SHA256 of
 * {@code "<t>.<payload>"}, 300 s tolerance). Fields are read from the verified raw JSON rather than
 * stripe-java's typed objects, which are empty when the account's API version differs from the
 * library's.
 */
@Component
class StripeWebhookVerifier implements WebhookVerifier {

  static final long TOLERANCE_SECONDS = 300;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Optional<UUID> claimedTenant(String payload) {
    try {
      return uuid(object(JSON.readTree(payload)).path("metadata"), "flowpod_tenant_id");
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public ProviderEvent verify(String payload, String signatureHeader, String signingSecret) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw PaymentException.webhookRejected("The Stripe-Signature header is missing.");
    }
    JsonNode event;
    try {
      Webhook.constructEvent(payload, signatureHeader, signingSecret, TOLERANCE_SECONDS);
      event = JSON.readTree(payload);
    } catch (SignatureVerificationException e) {
      throw PaymentException.webhookRejected("The Stripe signature does not verify.");
    } catch (JsonProcessingException | RuntimeException e) {
      throw PaymentException.webhookRejected("The event is not a Stripe event.");
    }
    JsonNode object = object(event);
    JsonNode metadata = object.path("metadata");
    boolean session = "checkout.session".equals(text(object, "object"));
    return new ProviderEvent(text(event, "id"), text(event, "type"),
        uuid(metadata, "flowpod_tenant_id").orElse(null), uuid(metadata, "flowpod_payable_id").orElse(null),
        session ? text(object, "id") : null,
        session ? text(object, "payment_intent") : text(object, "id"),
        session ? text(object, "payment_status") : null);
  }

  private static JsonNode object(JsonNode event) {
    return event.path("data").path("object");
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.path(field);
    if (value.isObject()) {
      // An expanded reference carries its id.
      return text(value, "id");
    }
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static Optional<UUID> uuid(JsonNode json, String field) {
    try {
      String value = text(json, field);
      return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
