package io.flowpod.domain.operations;

import io.flowpod.domain.platform.TenantContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The ops console's service for the current tenant: reads what the engine knows about its flows and
 * carries out an operator's fix actions. Every action first finds the instance or incident through
 * {@link ProcessHistory} as the current tenant (another workspace's key is simply not found), checks
 * the input, and sends the command together with its audit entry ({@link AuditedCommands}), naming
 * variables and elements, never values.
 */
@Service
public class ProcessOperations {

  /** The most instances or incidents one batch action touches. */
  public static final int BATCH_LIMIT = 100;
  public static final int MAX_RETRIES = 10;

  public static final String INCIDENT_RETRIED = "incident.retried";
  public static final String INCIDENT_RESOLVED = "incident.resolved";
  public static final String INSTANCE_CANCELED = "process-instance.canceled";
  public static final String VARIABLES_SET = "process-instance.variables-set";
  public static final String TOKEN_MOVED = "process-instance.token-moved";

  private static final String INCIDENT = "incident";
  private static final String INSTANCE = "process-instance";

  private final ObjectProvider<ProcessHistory> history;
  private final ProcessCommands commands;
  private final AuditedCommands audited;

  // History is looked up on use: its embedded adapter lives in the app module and may start later.
  ProcessOperations(ObjectProvider<ProcessHistory> history, ProcessCommands commands,
      AuditedCommands audited) {
    this.history = history;
    this.commands = commands;
    this.audited = audited;
  }

  /** An instance with its diagram and, in cluster mode, its page in Camunda Operate. */
  public record InstanceView(InstanceDetail detail, String diagramXml, String operateUrl) {}

  /** What a batch action did: the keys it acted on and, by key, why the others failed. */
  public record BatchOutcome(int matched, List<Long> done, Map<Long, String> failed) {}

  public List<InstanceSummary> instances(InstanceFilter filter) {
    return history().instances(tenant(), capped(filter));
  }

  public InstanceView instance(long processInstanceKey) {
    InstanceDetail detail = OperatorMessages.tidy(requireInstance(processInstanceKey));
    long definitionKey = detail.summary().processDefinitionKey();
    return new InstanceView(detail, history().diagramXml(definitionKey).orElse(null),
        history().operateUrl(processInstanceKey).orElse(null));
  }

  public List<IncidentView> incidents(IncidentFilter filter) {
    return history().incidents(tenant(), capped(filter)).stream().map(OperatorMessages::tidy)
        .toList();
  }

  public List<InstanceSummary> stuck(Duration idleLongerThan, int limit) {
    if (idleLongerThan.isNegative()) {
      throw OperationException.invalid(Map.of("idleMinutes", "must be 0 or more"));
    }
    return history().stuck(tenant(), idleLongerThan, Math.clamp(limit, 1, BATCH_LIMIT));
  }

  /**
   * Gives the incident's job {@code retries} more attempts and resolves it; an incident without a
   * job (e.g. a FEEL expression that failed) is resolved so the engine tries the element again.
   */
  public void retry(long incidentKey, int retries, UUID actorUserId) {
    IncidentView incident = history().incident(tenant(), incidentKey)
        .orElseThrow(() -> OperationException.notFound("incident"));
    retry(incident, retries, actorUserId, "");
  }

  public void cancel(long processInstanceKey, UUID actorUserId) {
    cancel(requireInstance(processInstanceKey).summary(), actorUserId, "");
  }

  /** Sets root-scope variables (merged into the instance's); audits their names, not their values. */
  public void setVariables(long processInstanceKey, Map<String, Object> variables,
      UUID actorUserId) {
    Map<String, String> errors = VariableRules.violations(variables);
    if (!errors.isEmpty()) {
      throw OperationException.invalid(errors);
    }
    requireRunning(requireInstance(processInstanceKey).summary());
    audited.run(VARIABLES_SET, actorUserId, INSTANCE, processInstanceKey,
        "variables: " + String.join(", ", variables.keySet()),
        () -> commands.setVariables(processInstanceKey, variables));
  }

  /** Moves the token from an element the instance waits in to another element of its process. */
  public void moveToken(long processInstanceKey, String fromElementId, String toElementId,
      UUID actorUserId) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (isBlank(fromElementId)) {
      errors.put("from", "must name the element the instance waits in");
    }
    if (isBlank(toElementId)) {
      errors.put("to", "must name the element to continue at");
    } else if (toElementId.equals(fromElementId)) {
      errors.put("to", "must differ from the element the instance waits in");
    }
    if (!errors.isEmpty()) {
      throw OperationException.invalid(errors);
    }
    InstanceSummary summary = requireInstance(processInstanceKey).summary();
    requireRunning(summary);
    if (!summary.activeElementIds().contains(fromElementId)) {
      throw OperationException.invalid(Map.of("from",
          "the instance is not waiting in " + fromElementId + " (it waits in "
              + String.join(", ", summary.activeElementIds()) + ")"));
    }
    audited.run(TOKEN_MOVED, actorUserId, INSTANCE, processInstanceKey,
        "from " + fromElementId + " to " + toElementId,
        () -> commands.moveToken(processInstanceKey, fromElementId, toElementId));
  }

  /** Retries every matching open incident (at most {@link #BATCH_LIMIT}). */
  public BatchOutcome retryAll(IncidentFilter filter, int retries, UUID actorUserId) {
    requireRetries(retries);
    List<IncidentView> matched = history().incidents(tenant(), capped(filter));
    return batch(matched, IncidentView::key,
        incident -> retry(incident, retries, actorUserId, " (batch)"));
  }

  /** Cancels every matching running instance (at most {@link #BATCH_LIMIT}). */
  public BatchOutcome cancelAll(InstanceFilter filter, UUID actorUserId) {
    List<InstanceSummary> matched = history().instances(tenant(), capped(filter)).stream()
        .filter(summary -> summary.state().running()).toList();
    return batch(matched, InstanceSummary::key,
        summary -> cancel(summary, actorUserId, " (batch)"));
  }

  private void retry(IncidentView incident, int retries, UUID actorUserId, String batchNote) {
    if (incident.jobKey() == null) {
      audited.run(INCIDENT_RESOLVED, actorUserId, INCIDENT, incident.key(),
          "element " + incident.elementId() + ", instance " + incident.processInstanceKey()
              + batchNote,
          () -> commands.resolve(incident.key()));
      return;
    }
    requireRetries(retries);
    audited.run(INCIDENT_RETRIED, actorUserId, INCIDENT, incident.key(),
        "retries: " + retries + ", element " + incident.elementId() + ", instance "
            + incident.processInstanceKey() + batchNote,
        () -> commands.retry(incident, retries));
  }

  private void cancel(InstanceSummary summary, UUID actorUserId, String batchNote) {
    requireRunning(summary);
    audited.run(INSTANCE_CANCELED, actorUserId, INSTANCE, summary.key(),
        summary.processId() + (summary.businessObject() == null ? ""
            : ", " + summary.businessObject().type() + " " + summary.businessObject().id())
            + batchNote,
        () -> commands.cancel(summary.key()));
  }

  private static <T> BatchOutcome batch(List<T> matched, ToLongFunction<T> key,
      Consumer<T> action) {
    List<Long> done = new ArrayList<>();
    Map<Long, String> failed = new LinkedHashMap<>();
    for (T item : matched) {
      try {
        action.accept(item);
        done.add(key.applyAsLong(item));
      } catch (OperationException e) {
        // One refused item (e.g. it ended meanwhile) must not stop the rest of the batch.
        failed.put(key.applyAsLong(item), e.getMessage());
      }
    }
    return new BatchOutcome(matched.size(), done, failed);
  }

  private InstanceDetail requireInstance(long processInstanceKey) {
    return history().instance(tenant(), processInstanceKey)
        .orElseThrow(() -> OperationException.notFound("process instance"));
  }

  private static void requireRunning(InstanceSummary summary) {
    if (!summary.state().running()) {
      throw OperationException.conflict("The process instance has already ended ("
          + summary.state().name().toLowerCase() + ")");
    }
  }

  private static void requireRetries(int retries) {
    if (retries < 1 || retries > MAX_RETRIES) {
      throw OperationException.invalid(Map.of("retries",
          "must be between 1 and " + MAX_RETRIES));
    }
  }

  private static InstanceFilter capped(InstanceFilter filter) {
    return new InstanceFilter(filter.processId(), filter.state(), filter.businessObjectType(),
        filter.businessObjectId(), Math.clamp(filter.limit(), 1, BATCH_LIMIT));
  }

  private static IncidentFilter capped(IncidentFilter filter) {
    return new IncidentFilter(filter.processId(), filter.businessObjectType(),
        filter.businessObjectId(), Math.clamp(filter.limit(), 1, BATCH_LIMIT));
  }

  private ProcessHistory history() {
    return Optional.ofNullable(history.getIfAvailable()).orElseThrow(() ->
        OperationException.unavailable("Process history is not available in this runtime yet"));
  }

  private static UUID tenant() {
    return TenantContext.require();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
