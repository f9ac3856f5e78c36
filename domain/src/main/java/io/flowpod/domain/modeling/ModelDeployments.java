package io.flowpod.domain.modeling;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.operations.DefinitionUsage;
import io.flowpod.domain.operations.ProcessHistory;
import io.flowpod.domain.tasks.StaffTasks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys analysts' model files all or nothing: every file is validated first, and if any has an
 * error nothing reaches the engine. A deployment the engine accepted is recorded (who, when, which
 * files, which versions) and audited in the caller's log. Platform-wide: the models are shared by
 * every workspace.
 */
@Service
public class ModelDeployments {

  public static final String AUDIT_DEPLOYED = "model.deployed";

  private final ProcessModelDeployer deployer;
  private final ModelValidator validator;
  private final ObjectProvider<ProcessHistory> history;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  ModelDeployments(ProcessModelDeployer deployer, KnownJobTypes jobTypes, StaffTasks staffTasks,
      ObjectProvider<ProcessHistory> history, JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.deployer = deployer;
    this.validator = new ModelValidator(jobTypes, key -> staffTasks.form(key).isPresent());
    this.history = history;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Only the findings, nothing deployed (the "check" button of the admin screen). */
  public List<ModelProblem> check(List<ModelFile> files) {
    return validator.validate(files);
  }

  /**
   * Validates, deploys and records the upload.
   *
   * @throws ModelRejectedException when any file has an error (nothing deployed) or the engine
   *     refuses the models
   */
  @Transactional
  public ModelDeployment deploy(List<ModelFile> files, UUID actorUserId) {
    List<ModelProblem> problems = validator.validate(files);
    long errors = problems.stream().filter(ModelProblem::blocking).count();
    if (errors > 0) {
      throw new ModelRejectedException(errors == 1
          ? "1 problem blocks this upload; nothing was deployed."
          : errors + " problems block this upload; nothing was deployed.", problems);
    }
    DeployedModels deployed = deployer.deploy(files);
    UUID id = UUID.randomUUID();
    Instant now = Instant.now(clock);
    List<String> names = files.stream().map(ModelFile::name).toList();
    jdbc.sql("""
            insert into model_deployments
              (id, deployment_key, deployed_by, deployed_at, file_names, warnings)
            values (?, ?, ?, ?, ?, ?)""")
        .params(id, deployed.deploymentKey(), actorUserId, Timestamp.from(now),
            names.toArray(String[]::new), problems.size())
        .update();
    for (DeployedModels.DeployedResource resource : deployed.resources()) {
      jdbc.sql("""
              insert into model_deployment_resources
                (deployment_id, kind, resource_id, version, resource_key, resource_name)
              values (?, ?, ?, ?, ?, ?)""")
          .params(id, resource.kind(), resource.resourceId(), resource.version(), resource.key(),
              resource.resourceName())
          .update();
    }
    audit.record(AUDIT_DEPLOYED, actorUserId, "model-deployment", id);
    return new ModelDeployment(id, deployed.deploymentKey(), actorUserId, now, names,
        deployed.resources(), problems);
  }

  /** The most recent recorded deployments, newest first. */
  @Transactional(readOnly = true)
  public List<ModelDeployment> recent(int limit) {
    List<ModelDeployment> deployments = jdbc.sql("""
            select id, deployment_key, deployed_by, deployed_at, file_names
            from model_deployments order by deployed_at desc, id limit ?""")
        .param(limit)
        .query((rs, n) -> new ModelDeployment(rs.getObject(1, UUID.class), rs.getLong(2),
            rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
            Arrays.asList((String[]) rs.getArray(5).getArray()), List.of(), List.of()))
        .list();
    return deployments.stream().map(d -> new ModelDeployment(d.id(), d.deploymentKey(),
        d.deployedBy(), d.deployedAt(), d.fileNames(), resources(d.id()), List.of())).toList();
  }

  /**
   * Every deployed process version and how many instances run on it, by process id then newest
   * version first; empty when no history is available.
   */
  public List<DefinitionUsage> definitions() {
    ProcessHistory processHistory = history.getIfAvailable();
    if (processHistory == null) {
      return List.of();
    }
    return processHistory.definitions();
  }

  private List<DeployedModels.DeployedResource> resources(UUID deploymentId) {
    return jdbc.sql("""
            select kind, resource_id, version, resource_key, resource_name
            from model_deployment_resources where deployment_id = ? order by kind, resource_id""")
        .param(deploymentId)
        .query((rs, n) -> new DeployedModels.DeployedResource(rs.getString(1), rs.getString(2),
            rs.getInt(3), rs.getLong(4), rs.getString(5)))
        .list();
  }
}
