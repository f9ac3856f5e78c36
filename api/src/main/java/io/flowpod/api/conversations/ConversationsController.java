package io.flowpod.api.conversations;

import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.conversations.ChatSenders;
import io.flowpod.domain.conversations.ConversationSummary;
import io.flowpod.domain.conversations.ConversationThread;
import io.flowpod.domain.conversations.Conversations;
import io.flowpod.domain.conversations.ThreadMessage;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.CustomerRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff conversation view: every customer's chat messages across channels in one thread, replies
 * on the customer's channel, closing, and blocking senders. Another workspace's ids answer 404.
 */
@RestController
@Tag(name = "Conversations")
class ConversationsController {

  private final Conversations conversations;
  private final ChatSenders senders;

  ConversationsController(Conversations conversations, ChatSenders senders) {
    this.conversations = conversations;
    this.senders = senders;
  }

  /** A conversation in the list. */
  record ConversationResponse(UUID id, UUID customerId, String customerRef, String customerName,
      String status, Instant lastMessageAt, Channel lastChannel, String preview) {

    static ConversationResponse of(ConversationSummary summary) {
      return new ConversationResponse(summary.id(), summary.customerId(),
          CustomerRef.of(summary.customerId()), summary.customerName(), summary.status(),
          summary.lastMessageAt(), summary.lastChannel(), summary.preview());
    }
  }

  /** A chat identity of the customer: block it by id. */
  record ChatSenderResponse(UUID id, Channel channel, String address, UUID customerId,
      boolean blocked, Instant blockedAt, Instant lastInboundAt) {

    static ChatSenderResponse of(ChatIdentity identity) {
      return new ChatSenderResponse(identity.id(), identity.channel(), identity.address(),
          identity.customerId(), identity.blocked(), identity.blockedAt(), identity.lastInboundAt());
    }
  }

  /** A conversation with its senders and every message, oldest first. */
  record ThreadResponse(ConversationResponse conversation, List<ChatSenderResponse> senders,
      List<ThreadMessage> messages) {

    static ThreadResponse of(ConversationThread thread) {
      return new ThreadResponse(ConversationResponse.of(thread.conversation()),
          thread.senders().stream().map(ChatSenderResponse::of).toList(), thread.messages());
    }
  }

  /** {channel?, text}: channel defaults to the one the customer last wrote on. */
  record ReplyRequest(String channel, String text) {}

  @GetMapping("/api/v1/conversations")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "List conversations, unanswered first, then the most recent",
      description = "Roles: STAFF and above. Filter unanswered=true for the unanswered only. Paged.")
  Page<ConversationResponse> list(@RequestParam(defaultValue = "false") boolean unanswered,
      PageRequest page) {
    List<ConversationResponse> items = conversations.list(unanswered, page.offset(), page.size())
        .stream().map(ConversationResponse::of).toList();
    return Page.of(items, page, conversations.count(unanswered));
  }

  @GetMapping("/api/v1/conversations/{id}")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "One conversation: the thread across channels",
      description = "Roles: STAFF and above. 404 for an unknown id or another workspace's.")
  ThreadResponse thread(@PathVariable UUID id) {
    return ThreadResponse.of(conversations.thread(id));
  }

  @PostMapping("/api/v1/conversations/{id}/replies")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "Reply to the customer on their channel",
      description = "Roles: STAFF and above. {channel?, text}: channel WHATSAPP, TELEGRAM, EMAIL or "
          + "SMS, by default the one the customer last wrote on. Recorded in the thread, which "
          + "becomes ANSWERED. 400 (text, channel); 404; 409 when the channel's rules forbid it now "
          + "(WhatsApp more than 24 hours after the customer's last message needs a template); 503 "
          + "when the channel could not send it.")
  ThreadResponse reply(@PathVariable UUID id, @RequestBody ReplyRequest request, CurrentUser caller) {
    return ThreadResponse.of(conversations.reply(id, channel(request.channel()), request.text(),
        caller.userId()));
  }

  @PostMapping("/api/v1/conversations/{id}/close")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "Close a conversation",
      description = "Roles: STAFF and above. The customer's next message reopens it as UNANSWERED.")
  ConversationResponse close(@PathVariable UUID id) {
    return ConversationResponse.of(conversations.close(id));
  }

  @PostMapping("/api/v1/chat-senders/{id}/block")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Block a chat sender",
      description = "Roles: MANAGER and above. Their further messages are kept as IGNORED and "
          + "nothing else happens. 404 for another workspace's sender.")
  ChatSenderResponse block(@PathVariable UUID id, CurrentUser caller) {
    return ChatSenderResponse.of(senders.block(id, caller.userId()));
  }

  @PostMapping("/api/v1/chat-senders/{id}/unblock")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Unblock a chat sender", description = "Roles: MANAGER and above.")
  ChatSenderResponse unblock(@PathVariable UUID id, CurrentUser caller) {
    return ChatSenderResponse.of(senders.unblock(id, caller.userId()));
  }

  private static Channel channel(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Channel.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid("channel", "must be one of WHATSAPP, TELEGRAM, EMAIL, SMS");
    }
  }
}
