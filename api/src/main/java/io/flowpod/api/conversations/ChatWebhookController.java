package io.flowpod.api.conversations;

import io.flowpod.domain.conversations.TelegramWebhooks;
import io.flowpod.domain.conversations.WhatsAppWebhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat providers' webhooks. Bodies are taken as raw bytes (no JSON binding): the signature covers
 * exactly those bytes. Every message is stored (inbox row) before the 200 goes out; the providers
 * retry anything else.
 */
@RestController
@Tag(name = "Conversations")
class ChatWebhookController {

  private final WhatsAppWebhooks whatsApp;
  private final TelegramWebhooks telegram;

  ChatWebhookController(WhatsAppWebhooks whatsApp, TelegramWebhooks telegram) {
    this.whatsApp = whatsApp;
    this.telegram = telegram;
  }

  /** What a provider gets back; they read only the status. */
  record WebhookReceipt(boolean received, int messages, int statuses) {}

  @GetMapping(path = "/api/v1/webhooks/whatsapp", produces = MediaType.TEXT_PLAIN_VALUE)
  @SecurityRequirements
  @Operation(summary = "WhatsApp Cloud API subscription handshake",
      description = "Roles: none (public). hub.mode=subscribe and hub.verify_token equal to the "
          + "platform's flowpod.whatsapp.verify-token: 200 with hub.challenge as text/plain; else 403.")
  ResponseEntity<String> handshake(@RequestParam(name = "hub.mode", required = false) String mode,
      @RequestParam(name = "hub.verify_token", required = false) String token,
      @RequestParam(name = "hub.challenge", required = false) String challenge) {
    return whatsApp.handshake(mode, token, challenge)
        .map(echo -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echo))
        .orElseGet(() -> ResponseEntity.status(403).contentType(MediaType.TEXT_PLAIN)
            .body("Verification refused"));
  }

  @PostMapping("/api/v1/webhooks/whatsapp")
  @SecurityRequirements
  @Operation(summary = "Receive a WhatsApp Cloud API delivery (messages and statuses)",
      description = "Roles: none (public); authenticated by X-Hub-Signature-256 (HMAC-SHA256 of the "
          + "raw body with the platform's app secret). 200 once every message is stored (also for a "
          + "replay, and for a business number no workspace has, which is logged); 401 for a missing "
          + "or wrong signature (nothing stored); 400 for a signed body that is not a delivery.")
  WebhookReceipt whatsApp(@RequestBody byte[] body,
      @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
    WhatsAppWebhooks.Receipt receipt = whatsApp.receive(body, signature);
    return new WebhookReceipt(true, receipt.messages(), receipt.statuses());
  }

  @PostMapping("/api/v1/webhooks/telegram/{tenantSlug}")
  @SecurityRequirements
  @Operation(summary = "Receive a Telegram Bot API update for a workspace",
      description = "Roles: none (public); authenticated by X-Telegram-Bot-Api-Secret-Token, which "
          + "must equal the workspace's Telegram webhookSecret. 200 once the message is stored (also "
          + "for a replay, or an update without a new message); 401 otherwise (nothing stored).")
  WebhookReceipt telegram(@PathVariable String tenantSlug, @RequestBody byte[] body,
      @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token) {
    boolean message = telegram.receive(tenantSlug, token, body).isPresent();
    return new WebhookReceipt(true, message ? 1 : 0, 0);
  }
}
