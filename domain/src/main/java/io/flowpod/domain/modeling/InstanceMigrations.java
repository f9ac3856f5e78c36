package io.flowpod.domain.modeling;

import io.flowpod.domain.operations.AuditedCommands;
import io.flowpod.domain.operations.DefinitionUsage;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.ProcessCommands;
import io.flowpod.domain.operations.ProcessHistory;
import io.flowpod.domain.platform.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Moves the current tenant's running instances from one version of a process to another: a dry run
 * lists which instances may move and why others may not; a real run migrates the allowed ones one by
 * one through the engine and audits each. Instances of other tenants are never looked at.
 */
@Service
public class InstanceMigrations {

  public static final String AUDIT_MIGRATED = "process.instance-migrated";
  /** How many running instances one request checks at most. */
  static final int MAX_INSTANCES = 1000;

  private final ObjectProvider<ProcessHistory> history;
  private final ObjectProvider<ProcessCommands> commands;
  private final AuditedCommands audited;

  InstanceMigrations(ObjectProvider<ProcessHistory> history,
      ObjectProvider<ProcessCommands> commands, AuditedCommands audited) {
    this.history = history;
    this.commands = commands;
    this.audited = audited;
  }

  /**
   * Every deployed process version with the number of the current tenant's instances running on it
   * (other tenants' instances are not counted), by process id then newest version first.
   */
  public List<DefinitionUsage> versionsInUse() {
    ProcessHistory processHistory = require(history.getIfAvailable(), "process history");
    Map<Long, Long> running = running(processHistory, null)
        .collect(Collectors.groupingBy(InstanceSummary::processDefinitionKey,
            Collectors.counting()));
    return processHistory.definitions().stream()
        .map(d -> new DefinitionUsage(d.processId(), d.version(), d.processDefinitionKey(),
            d.resourceName(), running.getOrDefault(d.processDefinitionKey(), 0L)))
        .toList();
  }

  /**
   * @throws NoSuchElementException when either version is not deployed
   * @throws MigrationRefusedException when the target is not a version of the same process, or
   *     this FlowPod has no process history or commands
   */
  public MigrationPlan migrate(long sourceKey, long targetKey, boolean dryRun, UUID actorUserId) {
    ProcessHistory processHistory = require(history.getIfAvailable(), "process history");
    DefinitionUsage source = definition(processHistory, sourceKey, "source");
    DefinitionUsage target = definition(processHistory, targetKey, "target");
    if (!source.processId().equals(target.processId())) {
      throw new MigrationRefusedException(MigrationRefusedException.Reason.OTHER_PROCESS,
          "The target is a version of " + target.processId() + ", not of "
              + source.processId());
    }
    MigrationPlanner planner = new MigrationPlanner(diagram(processHistory, sourceKey),
        diagram(processHistory, targetKey));
    List<InstanceMigration> checks = running(processHistory, source.processId())
        .filter(instance -> instance.processDefinitionKey() == sourceKey)
        .map(planner::check)
        .toList();
    if (!dryRun && sourceKey != targetKey) {
      checks = run(checks, targetKey, actorUserId);
    }
    return new MigrationPlan(source.processId(), sourceKey, source.version(), targetKey,
        target.version(), dryRun, checks);
  }

  private List<InstanceMigration> run(List<InstanceMigration> checks, long targetKey,
      UUID actorUserId) {
    ProcessCommands processCommands = require(commands.getIfAvailable(), "process commands");
    List<InstanceMigration> results = new ArrayList<>();
    for (InstanceMigration check : checks) {
      if (!check.allowed()) {
        results.add(check);
        continue;
      }
      try {
        audited.run(AUDIT_MIGRATED, actorUserId, "process-instance", check.processInstanceKey(),
            "to process definition " + targetKey,
            () -> processCommands.migrate(check.processInstanceKey(), targetKey, check.mappings()));
        results.add(check.withOutcome("MIGRATED"));
      } catch (RuntimeException e) {
        results.add(check.withOutcome("FAILED: " + e.getMessage()));
      }
    }
    return results;
  }

  /**
   * The current tenant's running instances (of one process, or all when null): asked by state, so
   * that ended instances do not use up the limit.
   */
  private static Stream<InstanceSummary> running(ProcessHistory history, String processId) {
    UUID tenantId = TenantContext.require();
    return Stream.of(InstanceState.ACTIVE, InstanceState.INCIDENT)
        .flatMap(state -> history.instances(tenantId,
            new InstanceFilter(processId, state, null, null, MAX_INSTANCES)).stream());
  }

  private static DefinitionUsage definition(ProcessHistory history, long key, String which) {
    return history.definitions().stream()
        .filter(definition -> definition.processDefinitionKey() == key)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No deployed process version has the "
            + which + " key " + key));
  }

  private static String diagram(ProcessHistory history, long key) {
    return history.diagramXml(key)
        .orElseThrow(() -> new NoSuchElementException("No BPMN is known for key " + key));
  }

  private static <T> T require(T bean, String what) {
    if (bean == null) {
      throw new MigrationRefusedException(MigrationRefusedException.Reason.UNAVAILABLE,
          "This FlowPod has no " + what + " to migrate instances with");
    }
    return bean;
  }
}
