package io.flowpod.domain.notifications;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.OutboundMessage.Status;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything the current workspace sent on every channel, newest first, with each message's attempts. */
@Service
public class Outbox {

  private final OutboundStore store;

  Outbox(OutboundStore store) {
    this.store = store;
  }

  public record Page(List<OutboundMessage> items, int page, int size, long total) {}

  public record Detail(OutboundMessage message, List<OutboundAttempt> attempts) {}

  @Transactional(readOnly = true)
  public Page list(Channel channel, Status status, int page, int size) {
    return new Page(store.page(channel, status, page, size), page, size,
        store.count(channel, status));
  }

  @Transactional(readOnly = true)
  public Optional<Detail> find(UUID id) {
    return store.find(id).map(message -> new Detail(message, store.attempts(id)));
  }
}
