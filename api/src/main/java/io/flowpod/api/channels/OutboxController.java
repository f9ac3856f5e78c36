package io.flowpod.api.channels;

import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.notifications.OutboundAttempt;
import io.flowpod.domain.notifications.OutboundMessage;
import io.flowpod.domain.notifications.Outbox;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox: every message the workspace sent or tried to send, on every channel. */
@RestController
@RequestMapping("/api/v1/messages")
@PreAuthorize("hasRole('MANAGER')")
@Tag(name = "Channels")
class OutboxController {

  private final Outbox outbox;

  OutboxController(Outbox outbox) {
    this.outbox = outbox;
  }

  /** A message in the list: who (customer reference), what, about what, where and how it ended. */
  record MessageSummary(UUID id, String template, String purpose, String recipient,
      String subjectRef, String status, List<String> channels, String sentChannel,
      String subject, Instant sendAt, Instant createdAt, Instant sentAt, String failure) {

    static MessageSummary of(OutboundMessage m) {
      return new MessageSummary(m.id(), m.template(), m.purpose().name(), m.recipientRef(),
          m.subjectRef(), m.status().name(), m.channels().stream().map(Enum::name).toList(),
          m.sentChannel() == null ? null : m.sentChannel().name(), m.subject(), m.sendAt(),
          m.createdAt(), m.sentAt(), m.failure());
    }
  }

  record AttemptView(String channel, String outcome, String detail, String providerMessageId,
      String providerStatus, Instant attemptedAt) {}

  record MessageDetail(MessageSummary message, String text, String language,
      List<AttemptView> attempts) {}

  @GetMapping
  @Operation(summary = "Messages sent on every channel, newest first",
      description = "Roles: OWNER, ADMIN, MANAGER. Filters: channel (WHATSAPP, TELEGRAM, EMAIL, "
          + "SMS: sent on it, or planned on it when not sent), status (PENDING, SCHEDULED, SENT, "
          + "FAILED, SUPPRESSED). Paged (page, size).")
  Page<MessageSummary> list(@RequestParam(required = false) String channel,
      @RequestParam(required = false) String status, PageRequest page) {
    Outbox.Page found = outbox.list(ChannelParams.channelFilter(channel),
        ChannelParams.statusFilter(status), page.page(), page.size());
    return Page.of(found.items().stream().map(MessageSummary::of).toList(), page, found.total());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One message with its text and every delivery attempt",
      description = "Roles: OWNER, ADMIN, MANAGER. 404 for another workspace's message.")
  MessageDetail get(@PathVariable UUID id) {
    Outbox.Detail detail = outbox.find(id)
        .orElseThrow(() -> ApiProblem.of(ProblemType.NOT_FOUND, "No such message."));
    return new MessageDetail(MessageSummary.of(detail.message()), detail.message().bodyText(),
        detail.message().locale(), detail.attempts().stream().map(a -> new AttemptView(
            a.channel().name(), a.outcome(), a.detail(), a.providerMessageId(), a.providerStatus(),
            a.attemptedAt()))
        .toList());
  }
}
