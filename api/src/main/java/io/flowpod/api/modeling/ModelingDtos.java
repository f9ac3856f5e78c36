package io.flowpod.api.modeling;

import io.flowpod.domain.modeling.DeployedModels.DeployedResource;
import io.flowpod.domain.modeling.InstanceMigration;
import io.flowpod.domain.modeling.MigrationPlan;
import io.flowpod.domain.modeling.ModelDeployment;
import io.flowpod.domain.modeling.ModelProblem;
import io.flowpod.domain.operations.DefinitionUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of the deployment and migration endpoints. */
final class ModelingDtos {

  private ModelingDtos() {}

  /** One finding: the file, the element id (null for the whole file), ERROR or WARNING. */
  record Finding(String file, String element, String severity, String message) {
    static Finding of(ModelProblem problem) {
      return new Finding(problem.file(), problem.element(), problem.severity().name(),
          problem.message());
    }

    static List<Finding> of(List<ModelProblem> problems) {
      return problems.stream().map(Finding::of).toList();
    }
  }

  record ResourceResponse(String kind, String resourceId, int version, String key,
      String resourceName) {
    static ResourceResponse of(DeployedResource resource) {
      return new ResourceResponse(resource.kind(), resource.resourceId(), resource.version(),
          Long.toString(resource.key()), resource.resourceName());
    }
  }

  /** Keys are strings: they exceed JavaScript's safe integers. */
  record DeploymentResponse(UUID id, String deploymentKey, UUID deployedBy, Instant deployedAt,
      List<String> files, List<ResourceResponse> resources, List<Finding> warnings) {
    static DeploymentResponse of(ModelDeployment deployment) {
      return new DeploymentResponse(deployment.id(), Long.toString(deployment.deploymentKey()),
          deployment.deployedBy(), deployment.deployedAt(), deployment.fileNames(),
          deployment.resources().stream().map(ResourceResponse::of).toList(),
          Finding.of(deployment.warnings()));
    }
  }

  /** A dry run's answer: whether the upload would deploy, and every finding. */
  record CheckResponse(boolean deployable, List<Finding> findings) {}

  record DefinitionResponse(String processId, int version, String processDefinitionKey,
      String resourceName, long runningInstances) {
    static DefinitionResponse of(DefinitionUsage usage) {
      return new DefinitionResponse(usage.processId(), usage.version(),
          Long.toString(usage.processDefinitionKey()), usage.resourceName(),
          usage.runningInstances());
    }
  }

  record DeploymentsOverview(List<DefinitionResponse> definitions,
      List<DeploymentResponse> deployments) {}

  record MigrationRequest(String targetProcessDefinitionKey, Boolean dryRun) {}

  record InstanceMigrationResponse(String processInstanceKey, String businessObjectType,
      String businessObjectId, String businessObjectLabel, List<String> activeElementIds,
      boolean allowed, List<String> reasons, Map<String, String> mappings, String outcome) {
    static InstanceMigrationResponse of(InstanceMigration m) {
      return new InstanceMigrationResponse(Long.toString(m.processInstanceKey()),
          m.businessObject() == null ? null : m.businessObject().type(),
          m.businessObject() == null ? null : m.businessObject().id(),
          m.businessObject() == null ? null : m.businessObject().label(),
          m.activeElementIds(), m.allowed(), m.reasons(), m.mappings(), m.outcome());
    }
  }

  record MigrationResponse(String processId, String sourceProcessDefinitionKey,
      int sourceVersion, String targetProcessDefinitionKey, int targetVersion, boolean dryRun,
      long allowed, List<InstanceMigrationResponse> instances) {
    static MigrationResponse of(MigrationPlan plan) {
      return new MigrationResponse(plan.processId(),
          Long.toString(plan.sourceProcessDefinitionKey()), plan.sourceVersion(),
          Long.toString(plan.targetProcessDefinitionKey()), plan.targetVersion(), plan.dryRun(),
          plan.allowed(),
          plan.instances().stream().map(InstanceMigrationResponse::of).toList());
    }
  }
}
