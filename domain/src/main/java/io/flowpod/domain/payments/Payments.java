package io.flowpod.domain.payments;

import io.flowpod.domain.payments.CheckoutGateway.CheckoutOrder;
import io.flowpod.domain.payments.CheckoutGateway.CheckoutSession;
import io.flowpod.domain.payments.PaymentRequest.State;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.platform.secrets.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;

/**
 * Payments of the current tenant through its provider. Payment outcomes are published as flow messages
 * {@code payments.payment-received} / {@code payments.payment-failed} with the payable id as key.
 * Provider calls run between short transactions, never inside one; their idempotency keys
 * ({@code checkout:<payableId>}, {@code refund:<payableId>}) make a retry return what the first call
 * created.
 */
@org.springframework.stereotype.Service
public class Payments {

  /** Stripe accepts 30 min to 24 h; the margins absorb the time the call takes. */
  static final Duration MIN_CHECKOUT = Duration.ofMinutes(31);
  static final Duration MAX_CHECKOUT = Duration.ofHours(24).minusMinutes(1);

  private final PaymentRequestStore requests;
  private final PaymentSettings settings;
  private final PaymentOutcomes outcomes;
  private final TenantTransactions transactions;
  private final TestPaymentTokens testTokens;
  private final CheckoutGateway gateway;
  private final SecretBox box;
  private final Clock clock;
  private final String publicUrl;

  Payments(PaymentRequestStore requests, PaymentSettings settings, PaymentOutcomes outcomes,
      TenantTransactions transactions, TestPaymentTokens testTokens, CheckoutGateway gateway,
      SecretBox box, Clock clock, @Value("${flowpod.public-url:http://localhost:8080}") String publicUrl) {
    this.requests = requests;
    this.settings = settings;
    this.outcomes = outcomes;
    this.transactions = transactions;
    this.testTokens = testTokens;
    this.gateway = gateway;
    this.box = box;
    this.clock = clock;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** Idempotent per payable: a repeat answers the existing request and creates nothing. */
  public PaymentRequest request(Payable payable) {
    validate(payable);
    UUID tenant = TenantContext.require();
    PaymentRequestRow row = transactions.as(tenant, () -> requests.find(payable.id())
        .orElseGet(() -> create(tenant, payable)));
    if (row.provider() == PaymentProvider.STRIPE && row.checkoutSessionId() == null) {
      row = openCheckout(tenant, row);
    }
    return toRequest(row);
  }

  public Optional<PaymentRequest> find(UUID payableId) {
    UUID tenant = TenantContext.require();
    return transactions.as(tenant, () -> requests.find(payableId)).map(this::toRequest);
  }

  /**
   * Settles a cancelled payable: a paid one is refunded in full, once (provider idempotency key); an
   * unpaid one is withdrawn so it can no longer be paid (its Checkout session expired, its test link
   * dead) and answers refunded=false.
   */
  public RefundOutcome refund(UUID payableId) {
    UUID tenant = TenantContext.require();
    PaymentRequestRow row = transactions.as(tenant, () -> requests.find(payableId)).orElse(null);
    if (row != null && row.state() == State.REQUESTED) {
      row = withdraw(tenant, row);
    }
    if (row == null || (row.state() != State.PAID && row.state() != State.REFUNDED)) {
      return new RefundOutcome(false, null);
    }
    if (row.state() == State.REFUNDED) {
      return new RefundOutcome(true, row.refundId());
    }
    String refundId = row.provider() == PaymentProvider.STRIPE
        ? stripeRefund(tenant, row)
        : row.provider().name().toLowerCase() + "-refund:" + payableId;
    return transactions.as(tenant, () -> {
      PaymentRequestRow locked = requests.lock(payableId).orElseThrow();
      if (locked.state() == State.REFUNDED) {
        return new RefundOutcome(true, locked.refundId());
      }
      requests.recordRefund(payableId, refundId, Instant.now(clock));
      return new RefundOutcome(true, refundId);
    });
  }

  /**
   * Staff recorded a manual payment (bank transfer, cash). Only a MANUAL or TEST request still awaiting
   * payment; otherwise {@link PaymentException} NOT_FOUND or NOT_AWAITING_PAYMENT.
   */
  public PaymentRequest recordManualPayment(UUID payableId, UUID actorUserId) {
    UUID tenant = TenantContext.require();
    return transactions.as(tenant, () -> {
      PaymentRequestRow row = requests.lock(payableId).orElseThrow(PaymentException::notFound);
      if (row.state() != State.REQUESTED || row.provider() == PaymentProvider.STRIPE) {
        throw PaymentException.notAwaitingPayment(row.state(), row.provider());
      }
      outcomes.paidIfRequested(payableId, actorUserId);
      return toRequest(requests.find(payableId).orElseThrow());
    });
  }

  private PaymentRequestRow create(UUID tenant, Payable payable) {
    StoredSettings current = settings.stored(tenant);
    PaymentProvider provider = current.provider();
    Instant now = Instant.now(clock);
    Instant expiresAt = payable.expiresAt() == null ? now.plus(MAX_CHECKOUT) : payable.expiresAt();
    if (provider == PaymentProvider.STRIPE) {
      expiresAt = clamp(expiresAt, now.plus(MIN_CHECKOUT), now.plus(MAX_CHECKOUT));
    }
    PaymentRequestRow row = new PaymentRequestRow(tenant, payable.id(), provider, State.REQUESTED,
        payable.description().strip(), payable.amountMinor(), payable.currency().toUpperCase(),
        payable.returnUrl(), expiresAt, null, null, null,
        provider == PaymentProvider.TEST ? TestPaymentTokens.hash(testTokens.token(payable.id())) : null,
        provider == PaymentProvider.MANUAL ? current.manualInstructions() : null, null);
    requests.insertIfAbsent(row, now);
    return requests.find(payable.id()).orElseThrow();
  }

  /** Creates the Checkout session with parameters fixed by the stored row, so a retry matches. */
  private PaymentRequestRow openCheckout(UUID tenant, PaymentRequestRow row) {
    String secretKey = secretKey(tenant, "Payment of " + row.description());
    String back = absolute(row.returnUrl());
    CheckoutOrder order = new CheckoutOrder(row.description(), row.amountMinor(), row.currency(),
        row.expiresAt(), back, back, Map.of(
            "flowpod_tenant_id", tenant.toString(),
            "flowpod_payable_id", row.payableId().toString()));
    CheckoutSession session = gateway.createCheckoutSession(secretKey, order,
        "checkout:" + row.payableId());
    return transactions.as(tenant, () -> {
      requests.attachCheckout(row.payableId(), session.id(), session.url(), Instant.now(clock));
      return requests.find(row.payableId()).orElseThrow();
    });
  }

  /**
   * Stops an unpaid request from being paid: a Stripe Checkout session is expired first. When Stripe
   * says the session is no longer open, the customer may have paid a moment ago: a payment found on
   * the session is recorded (and then refunded by the caller), otherwise the failure is thrown so the
   * job retries.
   */
  private PaymentRequestRow withdraw(UUID tenant, PaymentRequestRow row) {
    if (row.provider() == PaymentProvider.STRIPE && row.checkoutSessionId() != null) {
      String secretKey = secretKey(tenant, "Cancelling the payment of " + row.description());
      try {
        gateway.expireCheckoutSession(secretKey, row.checkoutSessionId());
      } catch (CheckoutGateway.CheckoutGatewayException e) {
        String paymentIntent = gateway.paymentIntentOf(secretKey, row.checkoutSessionId());
        if (paymentIntent == null) {
          throw e;
        }
        transactions.as(tenant, () -> outcomes.paid(row.payableId(), paymentIntent, null));
        return transactions.as(tenant, () -> requests.find(row.payableId())).orElseThrow();
      }
    }
    transactions.as(tenant, () -> outcomes.withdrawn(row.payableId()));
    return transactions.as(tenant, () -> requests.find(row.payableId())).orElseThrow();
  }

  private String stripeRefund(UUID tenant, PaymentRequestRow row) {
    String secretKey = secretKey(tenant, "Refund of " + row.description());
    String paymentIntent = row.paymentIntentId() != null
        ? row.paymentIntentId()
        : gateway.paymentIntentOf(secretKey, row.checkoutSessionId());
    if (paymentIntent == null) {
      throw new IllegalStateException("Refund of " + row.description() + ": Stripe names no payment "
          + "for Checkout session " + row.checkoutSessionId() + "; check the Stripe dashboard");
    }
    return gateway.refund(secretKey, paymentIntent, "refund:" + row.payableId());
  }

  /** The workspace's Stripe secret key; a technical failure naming {@code what} when it has none. */
  private String secretKey(UUID tenant, String what) {
    String secretKey = transactions.as(tenant, () -> settings.stored(tenant).secretKey(box));
    if (secretKey == null) {
      throw new IllegalStateException(what + " needs the workspace's Stripe secret key; set it in "
          + "the payment settings");
    }
    return secretKey;
  }

  private PaymentRequest toRequest(PaymentRequestRow row) {
    String payUrl = switch (row.provider()) {
      case STRIPE -> row.payUrl();
      case TEST -> testTokens.payUrl(row.payableId());
      case MANUAL -> null;
    };
    return row.toRequest(payUrl);
  }

  private String absolute(String url) {
    if (url == null || url.isBlank()) {
      return publicUrl + "/";
    }
    if (url.startsWith("https://") || url.startsWith("http://")) {
      return url;
    }
    return publicUrl + (url.startsWith("/") ? url : "/" + url);
  }

  private static Instant clamp(Instant value, Instant min, Instant max) {
    return value.isBefore(min) ? min : value.isAfter(max) ? max : value;
  }

  private static void validate(Payable payable) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (payable.id() == null) {
      violations.put("id", "is required");
    }
    if (payable.description() == null || payable.description().isBlank()) {
      violations.put("description", "is required");
    }
    if (payable.amountMinor() <= 0) {
      violations.put("amountMinor", "must be positive");
    }
    if (payable.currency() == null || !payable.currency().matches("[A-Za-z]{3}")) {
      violations.put("currency", "must be an ISO 4217 code");
    }
    if (!violations.isEmpty()) {
      throw PaymentException.invalid(violations);
    }
  }
}
