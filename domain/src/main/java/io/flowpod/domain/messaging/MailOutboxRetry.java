package io.flowpod.domain.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits mailing events whose listener failed (the mail server was unreachable even after the
 * route's own retries). Only publications older than {@code flowpod.mail.retry-after} qualify, so a
 * send still in progress is not started twice.
 */
@Component
class MailOutboxRetry {

  private static final Logger log = LoggerFactory.getLogger(MailOutboxRetry.class);

  private final IncompleteEventPublications publications;
  private final Duration retryAfter;
  private final Clock clock;

  MailOutboxRetry(IncompleteEventPublications publications,
      @Value("${flowpod.mail.retry-after:PT2M}") Duration retryAfter, Clock clock) {
    this.publications = publications;
    this.retryAfter = retryAfter;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${flowpod.mail.retry-interval:PT1M}",
      fixedDelayString = "${flowpod.mail.retry-interval:PT1M}")
  void resubmitFailedMails() {
    Instant cutoff = Instant.now(clock).minus(retryAfter);
    try {
      publications.resubmitIncompletePublications(publication ->
          publication.getEvent() instanceof MailingEvent
              && publication.getPublicationDate().isBefore(cutoff));
    } catch (RuntimeException e) {
      log.warn("Resubmitting failed mails did not work this time: {}", e.toString());
    }
  }
}
