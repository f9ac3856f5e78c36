package io.flowpod.domain.modeling;

import java.util.List;

/** What one engine deployment created: its key and every process, decision and form version. */
public record DeployedModels(long deploymentKey, List<DeployedResource> resources) {

  public DeployedModels {
    resources = List.copyOf(resources);
  }

  /**
   * One deployed version.
   *
   * @param kind PROCESS, DECISION, DECISION_REQUIREMENTS or FORM
   * @param resourceId the BPMN process id, decision id, or form id
   * @param key the engine's key of this version (e.g. the process definition key)
   */
  public record DeployedResource(String kind, String resourceId, int version, long key,
      String resourceName) {}
}
