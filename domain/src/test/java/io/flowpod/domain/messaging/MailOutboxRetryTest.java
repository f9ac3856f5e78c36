package io.flowpod.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

class MailOutboxRetryTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  record Mailing(UUID tenantId) implements MailingEvent {}

  record Other(UUID id) {}

  @Test
  void resubmitsOnlyMailingEventsOlderThanTheRetryDelay() {
    var captured = new Object() { Predicate<EventPublication> filter; };
    IncompleteEventPublications publications = new IncompleteEventPublications() {
      @Override
      public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
        captured.filter = filter;
      }

      @Override
      public void resubmitIncompletePublicationsOlderThan(Duration duration) {
        throw new AssertionError("must not resubmit everything");
      }
    };
    new MailOutboxRetry(publications, Duration.ofMinutes(2), Clock.fixed(NOW, ZoneOffset.UTC))
        .resubmitFailedMails();

    assertThat(captured.filter.test(publication(new Mailing(UUID.randomUUID()), NOW.minusSeconds(121))))
        .isTrue();
    assertThat(captured.filter.test(publication(new Mailing(UUID.randomUUID()), NOW.minusSeconds(60))))
        .as("a send may still be in progress").isFalse();
    assertThat(captured.filter.test(publication(new Other(UUID.randomUUID()), NOW.minusSeconds(3600))))
        .isFalse();
  }

  @Test
  void mailsAreSingleLineAddressedAndTenantTagged() {
    UUID tenant = UUID.randomUUID();
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new MailMessage(tenant, "a@b.example\nBcc: c@d.example", "Hi", "text", null))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new MailMessage(null, "a@b.example", "Hi", "text", null))
        .isInstanceOf(NullPointerException.class);
  }

  private static EventPublication publication(Object event, Instant publishedAt) {
    return new EventPublication() {
      @Override
      public UUID getIdentifier() {
        return UUID.randomUUID();
      }

      @Override
      public Object getEvent() {
        return event;
      }

      @Override
      public Instant getPublicationDate() {
        return publishedAt;
      }

      @Override
      public Optional<Instant> getCompletionDate() {
        return Optional.empty();
      }
    };
  }
}
