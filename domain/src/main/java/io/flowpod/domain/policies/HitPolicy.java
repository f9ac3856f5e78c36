package io.flowpod.domain.policies;

/** Which matching row answers: the first from the top, or the only one (more than one is an error). */
public enum HitPolicy { FIRST, UNIQUE }
