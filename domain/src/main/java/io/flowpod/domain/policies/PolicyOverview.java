package io.flowpod.domain.policies;

/** A kind with the workspace's active version (null: the shipped decision applies) and its newest. */
public record PolicyOverview(PolicyKind kind, PolicyVersion active, int latestVersion) {}
