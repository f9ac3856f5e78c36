package io.flowpod.domain.modeling;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.operations.DefinitionUsage;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.ProcessCommands;
import io.flowpod.domain.operations.ProcessHistory;
import io.flowpod.domain.platform.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
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
  private final AuditLog audit;

  InstanceMigrations(ObjectProvider<ProcessHistory> history,
      ObjectProvider<ProcessCommands> commands, AuditLog audit) {
    this.history = history;
    this.commands = commands;
    this.audit = audit;
  }

  /**
   * Every deployed process version with the number of the current tenant's instances running on it
   * (other tenants' instances are not counted), by process id then newest version first.
   */
  public List<DefinitionUsage> versionsInUse() {
    ProcessHistory processHistory = require(history.getIfAvailable(), "process history");
    Map<Long, Long> running = processHistory.instances(TenantContext.require(),
            InstanceFilter.all(MAX_INSTANCES)).stream()
        .filter(instance -> instance.state().running())
        .collect(Collectors.groupingBy(InstanceSummary::processDefinitionKey,
            Collectors.counting()));
    return processHistory.definitions().stream()
        .map(d -> new DefinitionUsage(d.processId(), d.version(), d.processDefinitionKey(),
            d.resourceName(), running.getOrDefault(d.processDefinitionKey(), 0L)))
        .sorted(Comparator.comparing(DefinitionUsage::processId)
            .thenComparing(DefinitionUsage::version, Comparator.reverseOrder()))
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
    UUID tenantId = TenantContext.require();
    List<InstanceMigration> checks = processHistory.instances(tenantId,
            new InstanceFilter(source.processId(), null, null, null, MAX_INSTANCES)).stream()
        .filter(instance -> instance.state().running())
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
        processCommands.migrate(check.processInstanceKey(), targetKey, check.mappings());
        audit.record(AUDIT_MIGRATED, actorUserId, "process-instance", check.processInstanceKey());
        results.add(check.withOutcome("MIGRATED"));
      } catch (RuntimeException e) {
        results.add(check.withOutcome("FAILED: " + e.getMessage()));
      }
    }
    return results;
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
