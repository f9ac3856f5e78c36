package io.flowpod.api.payments;

import io.flowpod.domain.payments.StripeWebhooks;
import io.flowpod.domain.payments.StripeWebhooks.Receipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook deliveries. The body is taken as raw bytes (no JSON binding): the signature covers
 * exactly those bytes. 200 once the event is stored (or was already), 400 when it cannot be proven to
 * come from the workspace's Stripe account; Stripe retries anything else.
 */
@RestController
@Tag(name = "Payments")
class StripeWebhookController {

  private final StripeWebhooks webhooks;

  StripeWebhookController(StripeWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  /** The answer Stripe gets; it reads only the status. */
  record WebhookReceipt(boolean received, boolean duplicate) {}

  @PostMapping("/api/v1/webhooks/stripe")
  @SecurityRequirements
  @Operation(summary = "Receive a Stripe webhook event",
      description = "Roles: none (public); authenticated by the Stripe-Signature header, verified with the signing "
          + "secret of the workspace named in the event's metadata (flowpod_tenant_id). 200 "
          + "{received, duplicate}; 400 for an unknown workspace or a bad signature (nothing stored).")
  WebhookReceipt receive(@RequestBody byte[] body,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
    Receipt receipt = webhooks.receive(new String(body, StandardCharsets.UTF_8), signature);
    return new WebhookReceipt(true, receipt == Receipt.DUPLICATE);
  }
}
