package io.flowpod.api.channels;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.ChannelSetup;
import io.flowpod.domain.notifications.ChannelSetupException;
import io.flowpod.domain.notifications.ChannelTests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's WhatsApp, Telegram, e-mail and SMS settings; secrets are write-only. */
@RestController
@RequestMapping("/api/v1/settings/channels")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Channels")
class ChannelSettingsController {

  private final ChannelSetup setup;
  private final ChannelTests tests;
  private final AuditLog audit;

  ChannelSettingsController(ChannelSetup setup, ChannelTests tests, AuditLog audit) {
    this.setup = setup;
    this.tests = tests;
    this.audit = audit;
  }

  /** Secrets: a value sets or replaces one, "" removes one, a name left out keeps it. */
  record SettingsRequest(Boolean enabled, Map<String, String> settings, Map<String, String> secrets) {}

  record TestMessageRequest(String address) {}

  record TestMessageResponse(UUID messageId, boolean sent, String detail) {}

  @GetMapping
  @Operation(summary = "Every channel's settings",
      description = "Roles: OWNER, ADMIN. Secrets only as hints (e.g. \"…a1b2\").")
  List<ChannelSetup.ChannelView> all() {
    return setup.all();
  }

  @GetMapping("/{channel}")
  @Operation(summary = "One channel's settings", description = "Roles: OWNER, ADMIN. 404 for an "
      + "unknown channel (whatsapp, telegram, email, sms).")
  ChannelSetup.ChannelView get(@PathVariable String channel) {
    return setup.view(ChannelParams.pathChannel(channel));
  }

  @PutMapping("/{channel}")
  @Operation(summary = "Replace one channel's settings",
      description = "Roles: OWNER, ADMIN. WHATSAPP: settings phoneNumberId, businessAccountId; "
          + "secret accessToken. TELEGRAM: setting botUsername; secrets botToken, webhookSecret. "
          + "EMAIL: settings smtpHost, smtpPort, smtpFrom, smtpUsername; secret smtpPassword (no "
          + "smtpHost: the platform's mail server). SMS: settings provider (twilio), accountSid, "
          + "from; secret authToken. Switching on needs what sending needs. 400 with field errors.")
  ChannelSetup.ChannelView put(@PathVariable String channel, @RequestBody SettingsRequest request,
      CurrentUser caller) {
    if (request.enabled() == null) {
      throw ApiProblem.invalid("enabled", "is required (true or false)");
    }
    try {
      return setup.update(ChannelParams.pathChannel(channel), request.enabled(),
          request.settings(), request.secrets(), caller.userId());
    } catch (ChannelSetupException e) {
      throw ApiProblem.invalid(FieldViolation.of(e.violations()));
    }
  }

  @PostMapping("/{channel}/test-message")
  @Operation(summary = "Send a real test message through the channel",
      description = "Roles: OWNER, ADMIN. address: e-mail address, WhatsApp number (wa_id), "
          + "Telegram chat id or phone number. Answers whether the provider took it and its answer; "
          + "the message appears in the outbox.")
  TestMessageResponse test(@PathVariable String channel, @RequestBody TestMessageRequest request,
      CurrentUser caller) {
    Channel target = ChannelParams.pathChannel(channel);
    String address = request.address();
    if (address == null || address.isBlank() || address.length() > 320 || address.contains("\n")
        || (target == Channel.EMAIL && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw ApiProblem.invalid("address", target == Channel.EMAIL ? "must be an e-mail address"
          : "must be one line of at most 320 characters");
    }
    ChannelTests.Result result = tests.send(target, address);
    audit.record("channels.test-message.sent", caller.userId(), "channel", target.name(),
        "sent: " + result.sent());
    return new TestMessageResponse(result.messageId(), result.sent(), result.detail());
  }
}
