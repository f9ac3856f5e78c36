package io.flowpod.domain.operations;

/** A deployed process version and how many instances (of every tenant) run on it now. */
public record DefinitionUsage(String processId, int version, long processDefinitionKey,
    String resourceName, long runningInstances) {}
