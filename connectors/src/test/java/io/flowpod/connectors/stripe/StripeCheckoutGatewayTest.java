package io.flowpod.connectors.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.domain.payments.CheckoutGateway.CheckoutGatewayException;
import io.flowpod.domain.payments.CheckoutGateway.CheckoutOrder;
import io.flowpod.domain.payments.CheckoutGateway.CheckoutSession;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** stripe-java against the local Stripe fake: wire format, per-workspace keys, idempotency keys. */
class StripeCheckoutGatewayTest {

  static final String KEY = "sk_test_51FakeKeyForTheGatewayTest4242";

  final FakeStripeApi stripe = FakeStripeApi.start();
  final StripeCheckoutGateway gateway = new StripeCheckoutGateway(stripe.baseUrl());
  final Instant expiresAt = Instant.parse("2030-01-01T10:00:00Z");
  final CheckoutOrder order = new CheckoutOrder("Order 1042", 12_50, "EUR", expiresAt,
      "http://shop.test/orders/1", "http://shop.test/orders/1",
      Map.of("flowpod_tenant_id", "t-1", "flowpod_payable_id", "p-1"));

  @AfterEach
  void stop() {
    stripe.close();
  }

  @Test
  void aSessionIsCreatedOncePerIdempotencyKeyWithTheWorkspaceKeyAndMetadata() {
    CheckoutSession first = gateway.createCheckoutSession(KEY, order, "checkout:p-1");
    CheckoutSession again = gateway.createCheckoutSession(KEY, order, "checkout:p-1");

    assertThat(again).isEqualTo(first);
    assertThat(first.url()).startsWith("https://checkout.stripe.test/");
    assertThat(stripe.sessionsCreated()).isEqualTo(1);
    assertThat(stripe.apiKeys()).containsOnly(KEY);
    assertThat(stripe.sessionRequests().getFirst())
        .containsEntry("mode", "payment")
        .containsEntry("expires_at", String.valueOf(expiresAt.getEpochSecond()))
        .containsEntry("success_url", "http://shop.test/orders/1")
        .containsEntry("line_items[0][price_data][unit_amount]", "1250")
        .containsEntry("line_items[0][price_data][currency]", "eur")
        .containsEntry("line_items[0][price_data][product_data][name]", "Order 1042")
        .containsEntry("metadata[flowpod_tenant_id]", "t-1")
        .containsEntry("payment_intent_data[metadata][flowpod_payable_id]", "p-1");

    gateway.createCheckoutSession(KEY, order, "checkout:p-2");
    assertThat(stripe.sessionsCreated()).isEqualTo(2);
  }

  @Test
  void aPaidSessionNamesItsPaymentIntentWhichIsRefundedOncePerKey() {
    CheckoutSession session = gateway.createCheckoutSession(KEY, order, "checkout:p-1");
    assertThat(gateway.paymentIntentOf(KEY, session.id())).isNull();
    String paymentIntent = stripe.pay(session.id());
    assertThat(gateway.paymentIntentOf(KEY, session.id())).isEqualTo(paymentIntent);

    String refund = gateway.refund(KEY, paymentIntent, "refund:p-1");
    assertThat(gateway.refund(KEY, paymentIntent, "refund:p-1")).isEqualTo(refund).startsWith("re_");
    assertThat(stripe.refundsCreated()).isEqualTo(1);
  }

  @Test
  void aStripeErrorNamesWhatFailedButNotTheKey() {
    assertThatThrownBy(() -> gateway.paymentIntentOf(KEY, "cs_test_missing"))
        .isInstanceOf(CheckoutGatewayException.class)
        .hasMessageContaining("cs_test_missing").hasMessageContaining("404")
        .hasMessageNotContaining(KEY);
  }
}
