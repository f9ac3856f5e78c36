package io.flowpod.domain.operations;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the engine knows about process instances, per tenant: an instance belongs to the tenant named
 * by its {@code tenantId} variable, and every method answers only with that tenant's instances (an id
 * of another tenant's instance is simply not found). Embedded mode reads a bounded projection of the
 * engine's own records; cluster mode reads Camunda's REST search API.
 */
public interface ProcessHistory {

  List<InstanceSummary> instances(UUID tenantId, InstanceFilter filter);

  Optional<InstanceDetail> instance(UUID tenantId, long processInstanceKey);

  /** Open incidents. */
  List<IncidentView> incidents(UUID tenantId, IncidentFilter filter);

  Optional<IncidentView> incident(UUID tenantId, long incidentKey);

  /**
   * Running instances without an open incident that made no progress for longer than
   * {@code idleLongerThan} while waiting in an element that should move on by itself (a job of a
   * service, send, script or business rule task), oldest first.
   */
  List<InstanceSummary> stuck(UUID tenantId, Duration idleLongerThan, int limit);

  /** The BPMN XML of a deployed process version; platform-wide, no tenant data. */
  Optional<String> diagramXml(long processDefinitionKey);

  /**
   * Every deployed process version with its running instance count; platform-wide; by process id,
   * newest version first.
   */
  List<DefinitionUsage> definitions();

  /** Where links to Camunda Operate point, or empty in embedded mode (no Operate). */
  default Optional<String> operateUrl(long processInstanceKey) {
    return Optional.empty();
  }
}
