package io.flowpod.domain.operations;

import java.util.Map;

/**
 * The operator's fix actions, sent to the engine (the same gRPC commands in both modes). Callers
 * check tenant ownership through {@link ProcessHistory} first; these methods do not.
 */
public interface ProcessCommands {

  /** Gives the incident's job {@code retries} more attempts (when it has a job), then resolves it. */
  void retry(IncidentView incident, int retries);

  /** Resolves an incident that is not about a job, e.g. after a variable was corrected. */
  void resolve(long incidentKey);

  void cancel(long processInstanceKey);

  /** Sets variables on the instance's root scope, merged into what is there (local = false). */
  void setVariables(long processInstanceKey, Map<String, Object> variables);

  /** Terminates every active instance of element {@code fromElementId} and activates {@code toElementId}. */
  void moveToken(long processInstanceKey, String fromElementId, String toElementId);

  /** Moves a running instance to another version of its process, mapping elements by equal id. */
  void migrate(long processInstanceKey, long targetProcessDefinitionKey,
      Map<String, String> elementMappings);
}
