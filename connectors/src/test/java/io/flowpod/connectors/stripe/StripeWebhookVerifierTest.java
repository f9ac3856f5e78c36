package io.flowpod.connectors.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.domain.payments.PaymentException;
import io.flowpod.domain.payments.WebhookVerifier.ProviderEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stripe's signature scheme on the raw body, and what FlowPod reads from a verified event. */
class StripeWebhookVerifierTest {

  static final String SECRET = "whsec_test_secret_for_the_verifier";

  final StripeWebhookVerifier verifier = new StripeWebhookVerifier();
  final UUID tenant = UUID.randomUUID();
  final UUID payable = UUID.randomUUID();

  @Test
  void aSignedSessionEventIsReadWithItsWorkspacePayableAndPayment() {
    String payload = StripeEvents.sessionEvent("checkout.session.completed",
        StripeEvents.session("cs_test_1", tenant, payable, "paid", "pi_1"));

    assertThat(verifier.claimedTenant(payload)).contains(tenant);
    ProviderEvent event = verifier.verify(payload, StripeEvents.sign(payload, SECRET), SECRET);

    assertThat(event.id()).startsWith("evt_");
    assertThat(event).extracting(ProviderEvent::type, ProviderEvent::tenantId,
            ProviderEvent::payableId, ProviderEvent::checkoutSessionId,
            ProviderEvent::paymentIntentId, ProviderEvent::paymentStatus)
        .containsExactly("checkout.session.completed", tenant, payable, "cs_test_1", "pi_1", "paid");
  }

  @Test
  void aPaymentIntentEventNamesItselfAsThePayment() {
    String payload = StripeEvents.paymentIntentEvent("payment_intent.succeeded", "pi_9", tenant,
        payable);
    ProviderEvent event = verifier.verify(payload, StripeEvents.sign(payload, SECRET), SECRET);
    assertThat(event.paymentIntentId()).isEqualTo("pi_9");
    assertThat(event.checkoutSessionId()).isNull();
  }

  @Test
  void anotherSecretAlteredBodyOldTimestampOrMissingHeaderIsRejected() {
    String payload = StripeEvents.paymentIntentEvent("payment_intent.succeeded", "pi_9", tenant,
        payable);
    String signed = StripeEvents.sign(payload, SECRET);
    long tenMinutesAgo = System.currentTimeMillis() / 1000 - 600;

    assertRejected(payload, StripeEvents.sign(payload, "whsec_someone_else"));
    assertRejected(payload.replace("pi_9", "pi_8"), signed);
    assertRejected(payload, StripeEvents.sign(payload, SECRET, tenMinutesAgo));
    assertRejected(payload, null);
    assertRejected(payload, "t=1,v1=00");
  }

  @Test
  void aPayloadWithoutWorkspaceMetadataClaimsNoTenant() {
    assertThat(verifier.claimedTenant("{\"data\":{\"object\":{\"metadata\":{}}}}")).isEmpty();
    assertThat(verifier.claimedTenant("{\"data\":{\"object\":{\"metadata\":"
        + "{\"flowpod_tenant_id\":\"not-a-uuid\"}}}}")).isEmpty();
    assertThat(verifier.claimedTenant("not json")).isEmpty();
  }

  private void assertRejected(String payload, String header) {
    assertThatThrownBy(() -> verifier.verify(payload, header, SECRET))
        .isInstanceOfSatisfying(PaymentException.class,
            e -> assertThat(e.reason()).isEqualTo(PaymentException.Reason.WEBHOOK_REJECTED));
  }
}
