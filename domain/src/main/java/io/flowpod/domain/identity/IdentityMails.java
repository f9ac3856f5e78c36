package io.flowpod.domain.identity;

import io.flowpod.domain.messaging.MailMessage;
import io.flowpod.domain.messaging.OutboundMail;
import io.flowpod.domain.platform.TenantTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails password-reset and invitation links once their transaction committed. The outbox records each
 * event with the transaction; if sending fails, the exception leaves the publication incomplete for
 * a later retry. The link token is re-derived from the record's id (see {@link LinkTokens}).
 */
@Component
class IdentityMails {

  private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);

  private final PasswordResets resets;
  private final Invitations invitations;
  private final OutboundMail mail;
  private final TenantTransactions work;
  private final Environment environment;
  private final Clock clock;

  IdentityMails(PasswordResets resets, Invitations invitations, OutboundMail mail, TenantTransactions work,
      Environment environment, Clock clock) {
    this.resets = resets;
    this.invitations = invitations;
    this.mail = mail;
    this.work = work;
    this.environment = environment;
    this.clock = clock;
  }

  /**
   * Read when a mail is written, not at start: the default public URL names the port the server
   * actually bound ({@code local.server.port}), which is known only once it listens.
   */
  private String linkTemplate(String name) {
    return environment.getRequiredProperty("flowpod.security.links." + name);
  }

  @Async
  @TransactionalEventListener
  public void on(PasswordResetRequested event) {
    Optional<PasswordResets.ResetMail> reset =
        work.as(event.tenantId(), () -> resets.mailFor(event.resetId()));
    if (reset.isEmpty()) {
      log.info("Password reset {} was used or removed before its mail went out", event.resetId());
      return;
    }
    String link = link(linkTemplate("password-reset"), reset.get().token());
    String text = """
        Someone asked to reset the password of your FlowPod account.

        Choose a new password here (the link works once, for %s):
        %s

        If it was not you, ignore this mail: your password stays as it is.
        """.formatted(minutesLeft(reset.get().expiresAt()), link);
    mail.send(new MailMessage(event.tenantId(), reset.get().to(), "Reset your FlowPod password", text,
        html(text, link)));
    log.info("Password reset mail sent for reset {}", event.resetId());
  }

  @Async
  @TransactionalEventListener
  public void on(InvitationSent event) {
    Optional<Invitations.InvitationMail> invitation =
        work.as(event.tenantId(), () -> invitations.mailFor(event.invitationId()));
    if (invitation.isEmpty()) {
      log.info("Invitation {} was accepted or removed before its mail went out", event.invitationId());
      return;
    }
    Invitations.InvitationMail details = invitation.get();
    String link = link(linkTemplate("invitation"), details.token());
    String text = """
        %s invited you to the workspace "%s" on FlowPod as %s.

        Accept the invitation and choose your password here (valid until %s UTC):
        %s
        """.formatted(details.inviterName(), details.workspaceName(),
        details.role().name().toLowerCase(Locale.ROOT), details.expiresAt().toString(), link);
    mail.send(new MailMessage(event.tenantId(), details.to(),
        "You are invited to " + details.workspaceName() + " on FlowPod", text, html(text, link)));
    log.info("Invitation mail sent for invitation {}", event.invitationId());
  }

  private static String link(String template, String token) {
    return template.replace("{token}", token);
  }

  private String minutesLeft(Instant expiresAt) {
    long minutes = Math.max(1, Duration.between(Instant.now(clock), expiresAt).toMinutes());
    return minutes + " minutes";
  }

  // The same words as the text part; the link becomes clickable.
  private static String html(String text, String link) {
    String escapedLink = escape(link);
    String escaped = escape(text).replace(escapedLink,
        "<a href=\"" + escapedLink + "\">" + escapedLink + "</a>");
    return "<html><body><p>" + escaped.strip().replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</p></body></html>";
  }

  private static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
