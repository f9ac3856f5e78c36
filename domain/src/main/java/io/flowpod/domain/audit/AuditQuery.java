package io.flowpod.domain.audit;

import java.time.Instant;

/** Filters for the audit log; every field is optional ({@code from} inclusive, {@code to} exclusive). */
public record AuditQuery(String action, Instant from, Instant to) {}
