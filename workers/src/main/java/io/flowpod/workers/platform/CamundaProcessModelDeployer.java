package io.flowpod.workers.platform;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DecisionRequirements;
import io.camunda.client.api.response.DeploymentEvent;
import io.flowpod.domain.modeling.DeployedModels;
import io.flowpod.domain.modeling.DeployedModels.DeployedResource;
import io.flowpod.domain.modeling.ModelFile;
import io.flowpod.domain.modeling.ModelProblem;
import io.flowpod.domain.modeling.ModelRejectedException;
import io.flowpod.domain.modeling.ProcessModelDeployer;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Deploys model files in one engine deployment (the engine accepts all or none). A refusal of the
 * models themselves (INVALID_ARGUMENT, e.g. an expression the engine cannot parse) becomes a
 * {@link ModelRejectedException} carrying the engine's explanation.
 */
@Component
public class CamundaProcessModelDeployer implements ProcessModelDeployer {

  private final CamundaClient client;

  CamundaProcessModelDeployer(CamundaClient client) {
    this.client = client;
  }

  @Override
  public DeployedModels deploy(List<ModelFile> files) {
    DeployResourceCommandStep2 command = null;
    for (ModelFile file : files) {
      command = command == null
          ? client.newDeployResourceCommand().addResourceBytes(file.content(), file.name())
          : command.addResourceBytes(file.content(), file.name());
    }
    if (command == null) {
      throw new IllegalArgumentException("Nothing to deploy");
    }
    try {
      return resultOf(command.send().join());
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.INVALID_ARGUMENT) {
        throw new ModelRejectedException("The engine refused the upload; nothing was deployed.",
            List.of(new ModelProblem("files", null, ModelProblem.Severity.ERROR,
                String.valueOf(e.getStatus().getDescription()))));
      }
      throw e;
    }
  }

  private static DeployedModels resultOf(DeploymentEvent event) {
    List<DeployedResource> resources = new ArrayList<>();
    event.getProcesses().forEach(p -> resources.add(new DeployedResource("PROCESS",
        p.getBpmnProcessId(), p.getVersion(), p.getProcessDefinitionKey(), p.getResourceName())));
    Map<Long, String> drgFiles = event.getDecisionRequirements().stream().collect(
        Collectors.toMap(DecisionRequirements::getDecisionRequirementsKey,
            DecisionRequirements::getResourceName, (a, b) -> a));
    event.getDecisionRequirements().forEach(d -> resources.add(new DeployedResource(
        "DECISION_REQUIREMENTS", d.getDmnDecisionRequirementsId(), d.getVersion(),
        d.getDecisionRequirementsKey(), d.getResourceName())));
    event.getDecisions().forEach(d -> resources.add(new DeployedResource("DECISION",
        d.getDmnDecisionId(), d.getVersion(), d.getDecisionKey(),
        drgFiles.getOrDefault(d.getDecisionRequirementsKey(), ""))));
    event.getForm().forEach(f -> resources.add(new DeployedResource("FORM", f.getFormId(),
        f.getVersion(), f.getFormKey(), f.getResourceName())));
    return new DeployedModels(event.getKey(), resources);
  }
}
