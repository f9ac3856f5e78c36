package io.flowpod.domain.identity;

import io.flowpod.domain.messaging.MailingEvent;
import java.util.UUID;

/** An invitation was created; after commit, its link is mailed to the invitee. Ids only. */
public record InvitationSent(UUID tenantId, UUID invitationId) implements MailingEvent {}
