package io.flowpod.domain.messaging;

/**
 * A domain event whose after-commit listener sends a mail. Published inside the business transaction,
 * it is recorded by the outbox (Spring Modulith's event publication registry) with it, so a rollback
 * sends nothing; a listener that fails leaves the publication incomplete and the platform's outbox
 * maintenance submits it again. Carries ids only: never addresses, names or secrets.
 */
public interface MailingEvent {

  java.util.UUID tenantId();
}
