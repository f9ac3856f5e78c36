package io.flowpod.domain.payments;

import io.flowpod.domain.payments.PaymentOutcomes.Change;
import io.flowpod.domain.payments.PaymentRequest.State;
import io.flowpod.domain.payments.WebhookVerifier.ProviderEvent;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.platform.secrets.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Stripe webhook deliveries. The event names its workspace in metadata ({@code flowpod_tenant_id},
 * set on every Checkout session and its payment intent); only that workspace's signing secret can
 * verify it, and nothing is trusted or stored before it does. Then, as that workspace and in one
 * transaction, the inbox row is written and the payment state changes; the provider gets its 200
 * after commit. A redelivered event finds its inbox row and changes nothing.
 *
 * <p>A failed card attempt ({@code payment_intent.payment_failed}) is recorded but changes nothing:
 * the customer may retry on the same Checkout page until the session expires, which is the failure.
 */
@Service
public class StripeWebhooks {

  /** What a delivery did. */
  public enum Receipt { PROCESSED, DUPLICATE }

  private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

  private final WebhookVerifier verifier;
  private final PaymentSettings settings;
  private final PaymentInbox inbox;
  private final PaymentOutcomes outcomes;
  private final TenantTransactions transactions;
  private final SecretBox box;
  private final Clock clock;

  StripeWebhooks(WebhookVerifier verifier, PaymentSettings settings, PaymentInbox inbox,
      PaymentOutcomes outcomes, TenantTransactions transactions, SecretBox box, Clock clock) {
    this.verifier = verifier;
    this.settings = settings;
    this.inbox = inbox;
    this.outcomes = outcomes;
    this.transactions = transactions;
    this.box = box;
    this.clock = clock;
  }

  /**
   * Verifies and applies one delivery.
   *
   * @throws PaymentException reason WEBHOOK_REJECTED: no workspace, no signing secret, bad signature
   */
  public Receipt receive(String payload, String signatureHeader) {
    UUID tenant = verifier.claimedTenant(payload).orElseThrow(() ->
        PaymentException.webhookRejected("The event names no FlowPod workspace."));
    String secret = transactions.as(tenant, () -> settings.stored(tenant).webhookSecret(box));
    if (secret == null) {
      throw PaymentException.webhookRejected("The event's workspace has no Stripe webhook secret.");
    }
    ProviderEvent event = verifier.verify(payload, signatureHeader, secret);
    if (!tenant.equals(event.tenantId())) {
      throw PaymentException.webhookRejected("The event names no FlowPod workspace.");
    }
    return transactions.as(tenant, () -> {
      if (!inbox.receive(tenant, event.id(), event.type(), event.payableId(), Instant.now(clock))) {
        return Receipt.DUPLICATE;
      }
      String outcome = apply(event);
      inbox.recordOutcome(tenant, event.id(), outcome);
      log.info("Stripe event {} ({}) for payable {}: {}", event.id(), event.type(), event.payableId(),
          outcome);
      return Receipt.PROCESSED;
    });
  }

  private String apply(ProviderEvent event) {
    if (event.payableId() == null) {
      return "IGNORED_NO_PAYABLE";
    }
    return switch (event.type()) {
      case "checkout.session.completed" -> "paid".equals(event.paymentStatus())
          || "no_payment_required".equals(event.paymentStatus())
          ? paid(event).name()
          : "AWAITING_ASYNC_PAYMENT";
      case "checkout.session.async_payment_succeeded", "payment_intent.succeeded" -> paid(event).name();
      case "checkout.session.async_payment_failed" -> outcomes.failed(event.payableId(), State.FAILED).name();
      case "checkout.session.expired" -> outcomes.failed(event.payableId(), State.EXPIRED).name();
      case "payment_intent.payment_failed" -> "IGNORED_RETRYABLE";
      default -> "IGNORED_TYPE";
    };
  }

  private Change paid(ProviderEvent event) {
    return outcomes.paid(event.payableId(), event.paymentIntentId(), null);
  }
}
