package io.flowpod.domain.modeling;

import java.util.List;

/** Every running instance of the current tenant on the source version, checked against the target. */
public record MigrationPlan(String processId, long sourceProcessDefinitionKey, int sourceVersion,
    long targetProcessDefinitionKey, int targetVersion, boolean dryRun,
    List<InstanceMigration> instances) {

  public long allowed() {
    return instances.stream().filter(InstanceMigration::allowed).count();
  }
}
