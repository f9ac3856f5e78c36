package io.flowpod.domain.identity;

/** Whom to invite, in which role, and (optionally) the name to greet them with. */
public record InvitationCommand(String email, Role role, String displayName) {}
