package io.flowpod.domain.identity;

import io.flowpod.domain.messaging.MailingEvent;
import java.util.UUID;

/** A password reset was requested; after commit, the link is mailed. Ids only. */
public record PasswordResetRequested(UUID tenantId, UUID resetId) implements MailingEvent {}
