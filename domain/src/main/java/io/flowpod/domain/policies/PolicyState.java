package io.flowpod.domain.policies;

/** DRAFT until activated; at most one ACTIVE per kind; the one it replaces becomes RETIRED. */
public enum PolicyState { DRAFT, ACTIVE, RETIRED }
