package io.flowpod.app.embedded.projection;

import java.time.Instant;

/** The few engine records the projection keeps anything of, decoded from the log. */
sealed interface EngineEvent {

  enum ElementChange { ACTIVATED, COMPLETED, TERMINATED, FLOW_TAKEN }

  enum JobChange { CREATED, ENDED, COMPLETED }

  record ElementChanged(long processInstanceKey, long elementInstanceKey, String processId,
      int version, long definitionKey, String elementId, String elementType, ElementChange change,
      Instant at) implements EngineEvent {

    boolean isProcess() {
      return "PROCESS".equals(elementType);
    }
  }

  /** A variable created or updated; {@code value} is JSON text. */
  record VariableChanged(long processInstanceKey, long scopeKey, String name, String value,
      Instant at) implements EngineEvent {}

  record IncidentCreated(long key, long processInstanceKey, String processId, String elementId,
      String errorType, String errorMessage, long jobKey, Instant at) implements EngineEvent {}

  record IncidentResolved(long key, long processInstanceKey, Instant at) implements EngineEvent {}

  record JobChanged(long key, String type, JobChange change, Instant at) implements EngineEvent {}

  record ProcessDeployed(long definitionKey, String processId, int version, String resourceName,
      String xml) implements EngineEvent {}
}
