package io.flowpod.connectors.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.ProductData;
import io.flowpod.domain.payments.CheckoutGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link CheckoutGateway} on Stripe's API through stripe-java: a {@link StripeClient} per call with the
 * workspace's own secret key (never the global {@code Stripe.apiKey}), against
 * {@code flowpod.stripe.api-base} (a local fake in tests). Errors name Stripe's code and request id,
 * never the key.
 */
@Component
class StripeCheckoutGateway implements CheckoutGateway {

  private final String apiBase;

  StripeCheckoutGateway(@Value("${flowpod.stripe.api-base:https://api.stripe.com}") String apiBase) {
    this.apiBase = apiBase;
  }

  @Override
  public CheckoutSession createCheckoutSession(String secretKey, CheckoutOrder order,
      String idempotencyKey) {
    SessionCreateParams.Builder params = SessionCreateParams.builder()
        .setMode(SessionCreateParams.Mode.PAYMENT)
        .setSuccessUrl(order.successUrl())
        .setCancelUrl(order.cancelUrl())
        .setExpiresAt(order.expiresAt().getEpochSecond())
        .putAllMetadata(order.metadata())
        .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
            .putAllMetadata(order.metadata()).build())
        .addLineItem(LineItem.builder()
            .setQuantity(1L)
            .setPriceData(PriceData.builder()
                .setCurrency(order.currency().toLowerCase())
                .setUnitAmount(order.amountMinor())
                .setProductData(ProductData.builder().setName(order.description()).build())
                .build())
            .build());
    try {
      Session session = client(secretKey).v1().checkout().sessions()
          .create(params.build(), options(idempotencyKey));
      return new CheckoutSession(session.getId(), session.getUrl());
    } catch (StripeException e) {
      throw failure("create a Checkout session", e);
    }
  }

  @Override
  public String paymentIntentOf(String secretKey, String checkoutSessionId) {
    try {
      return client(secretKey).v1().checkout().sessions().retrieve(checkoutSessionId).getPaymentIntent();
    } catch (StripeException e) {
      throw failure("read Checkout session " + checkoutSessionId, e);
    }
  }

  @Override
  public void expireCheckoutSession(String secretKey, String checkoutSessionId) {
    try {
      client(secretKey).v1().checkout().sessions().expire(checkoutSessionId);
    } catch (StripeException e) {
      throw failure("expire Checkout session " + checkoutSessionId, e);
    }
  }

  @Override
  public String refund(String secretKey, String paymentIntentId, String idempotencyKey) {
    try {
      return client(secretKey).v1().refunds()
          .create(RefundCreateParams.builder().setPaymentIntent(paymentIntentId).build(),
              options(idempotencyKey))
          .getId();
    } catch (StripeException e) {
      throw failure("refund payment " + paymentIntentId, e);
    }
  }

  private StripeClient client(String secretKey) {
    return StripeClient.builder().setApiKey(secretKey).setApiBase(apiBase).setMaxNetworkRetries(2)
        .build();
  }

  private static RequestOptions options(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  private static CheckoutGatewayException failure(String what, StripeException e) {
    return new CheckoutGatewayException("Stripe could not " + what + ": " + e.getStatusCode()
        + " " + (e.getCode() == null ? "" : e.getCode() + " ") + "(request " + e.getRequestId()
        + ")", e);
  }
}
