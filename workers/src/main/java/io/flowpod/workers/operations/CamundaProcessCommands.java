package io.flowpod.workers.operations;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.command.ModifyProcessInstanceCommandStep1.ModifyProcessInstanceCommandStep3;
import io.camunda.client.api.command.MigrateProcessInstanceCommandStep1.MigrateProcessInstanceCommandFinalStep;
import io.flowpod.domain.operations.ActiveElementInstances;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.OperationException;
import io.flowpod.domain.operations.ProcessCommands;
import io.grpc.Status;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The operator's fix actions as gRPC commands (the same in embedded and cluster mode). The engine's
 * refusals (an instance that ended meanwhile, a job that is gone, an element that does not exist)
 * become {@link OperationException} CONFLICT with the engine's reason; an unreachable engine stays a
 * technical failure.
 */
@Component
public class CamundaProcessCommands implements ProcessCommands {

  private final CamundaClient client;
  private final ObjectProvider<ActiveElementInstances> activeElements;

  CamundaProcessCommands(CamundaClient client,
      ObjectProvider<ActiveElementInstances> activeElements) {
    this.client = client;
    this.activeElements = activeElements;
  }

  @Override
  public void retry(IncidentView incident, int retries) {
    if (incident.jobKey() != null) {
      send(client.newUpdateRetriesCommand(incident.jobKey()).retries(retries));
    }
    resolve(incident.key());
  }

  @Override
  public void resolve(long incidentKey) {
    send(client.newResolveIncidentCommand(incidentKey));
  }

  @Override
  public void cancel(long processInstanceKey) {
    send(client.newCancelInstanceCommand(processInstanceKey));
  }

  @Override
  public void setVariables(long processInstanceKey, Map<String, Object> variables) {
    send(client.newSetVariablesCommand(processInstanceKey).variables(variables).local(false));
  }

  @Override
  public void moveToken(long processInstanceKey, String fromElementId, String toElementId) {
    ActiveElementInstances lookup = activeElements.getIfAvailable();
    if (lookup == null) {
      throw OperationException.unavailable(
          "Moving a token needs the engine's element instances, which this runtime cannot read yet");
    }
    List<Long> from = lookup.keys(processInstanceKey, fromElementId);
    if (from.isEmpty()) {
      throw OperationException.conflict("The process instance no longer waits in " + fromElementId);
    }
    // One command: the new token is activated in the same step that terminates the old ones.
    ModifyProcessInstanceCommandStep3 step = client.newModifyProcessInstanceCommand(processInstanceKey)
        .activateElement(toElementId);
    for (long elementInstanceKey : from) {
      step.and().terminateElement(elementInstanceKey);
    }
    send(step);
  }

  @Override
  public void migrate(long processInstanceKey, long targetProcessDefinitionKey,
      Map<String, String> elementMappings) {
    if (elementMappings.isEmpty()) {
      throw OperationException.invalid(Map.of("mappings", "must map at least one element"));
    }
    MigrateProcessInstanceCommandFinalStep step = null;
    for (Map.Entry<String, String> mapping : elementMappings.entrySet()) {
      step = step == null
          ? client.newMigrateProcessInstanceCommand(processInstanceKey)
              .migrationPlan(targetProcessDefinitionKey)
              .addMappingInstruction(mapping.getKey(), mapping.getValue())
          : step.addMappingInstruction(mapping.getKey(), mapping.getValue());
    }
    send(step);
  }

  private static void send(FinalCommandStep<?> command) {
    try {
      command.send().join();
    } catch (ClientStatusException e) {
      if (refusal(e.getStatusCode())) {
        throw OperationException.conflict("The engine refused: " + e.getMessage());
      }
      throw e;
    }
  }

  /** The engine's answers to a command that cannot apply to the instance as it is now. */
  private static boolean refusal(Status.Code code) {
    return code == Status.Code.NOT_FOUND || code == Status.Code.FAILED_PRECONDITION
        || code == Status.Code.INVALID_ARGUMENT || code == Status.Code.ALREADY_EXISTS;
  }
}
