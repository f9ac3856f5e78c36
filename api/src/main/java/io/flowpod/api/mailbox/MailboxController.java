package io.flowpod.api.mailbox;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The embedded mode's mail catcher, so that demo users can read the mails FlowPod sent. */
@RestController
@Tag(name = "Development")
class MailboxController {

  record MailView(String id, String to, String subject, Instant sentAt, String text) {}

  record Mailbox(List<MailView> items) {}

  static final int MAX_ITEMS = 200;

  private final ObjectProvider<CaughtMails> mails;

  MailboxController(ObjectProvider<CaughtMails> mails) {
    this.mails = mails;
  }

  @GetMapping("/api/v1/dev/mailbox")
  @Operation(summary = "Mails caught by the embedded SMTP server, newest first",
      description = "Roles: OWNER, ADMIN (their workspace's mails), SUPER_ADMIN (all mails). Embedded "
          + "mode only: 404 in cluster mode. At most " + MAX_ITEMS + " mails.")
  Mailbox mailbox(CurrentUser caller) {
    CaughtMails caught = mails.getIfAvailable();
    if (caught == null) {
      throw ApiProblem.of(ProblemType.NOT_FOUND, "The mailbox exists only in embedded mode");
    }
    boolean everything = caller.has(Role.SUPER_ADMIN);
    List<MailView> items = caught.newestFirst().stream()
        .filter(mail -> everything || caller.tenantId().equals(mail.tenantId()))
        .limit(MAX_ITEMS)
        .map(mail -> new MailView(mail.id(), mail.to(), mail.subject(), mail.sentAt(), mail.text()))
        .toList();
    return new Mailbox(items);
  }
}
