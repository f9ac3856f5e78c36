package io.flowpod.api.modeling;

import io.flowpod.api.modeling.ModelingDtos.DefinitionResponse;
import io.flowpod.api.modeling.ModelingDtos.MigrationRequest;
import io.flowpod.api.modeling.ModelingDtos.MigrationResponse;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.modeling.InstanceMigrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves the caller's workspace's running instances from one process version to another. ADMIN of
 * the workspace: the operator deploys new versions for everyone; each workspace decides when its own
 * in-flight instances move.
 */
@RestController
@RequestMapping("/api/v1/process-definitions")
@Tag(name = "Deployments")
@PreAuthorize("hasRole('ADMIN')")
class ProcessMigrationsController {

  private final InstanceMigrations migrations;

  ProcessMigrationsController(InstanceMigrations migrations) {
    this.migrations = migrations;
  }

  @GetMapping
  @Operation(summary = "Deployed process versions and this workspace's instances on each",
      description = "Roles: ADMIN (OWNER). Every deployed process version, newest first per "
          + "process; runningInstances counts only the caller's workspace's instances.")
  List<DefinitionResponse> versions() {
    return migrations.versionsInUse().stream().map(DefinitionResponse::of).toList();
  }

  @PostMapping("/{key}/migrations")
  @Operation(summary = "Check or migrate running instances to another version",
      description = "Roles: ADMIN (OWNER). Checks every running instance of the caller's "
          + "workspace on version {key}: it may move when every element it waits in (and every "
          + "sub-process around it) exists in the target version with the same id and type; "
          + "otherwise reasons say why not. dryRun (default true) only checks; dryRun=false "
          + "migrates the allowed instances and audits each (outcome MIGRATED or FAILED: why). "
          + "404 when either version is unknown; 400 when the target is another process.")
  MigrationResponse migrate(@PathVariable long key, @RequestBody MigrationRequest request,
      CurrentUser caller) {
    long target = targetKey(request);
    boolean dryRun = request.dryRun() == null || request.dryRun();
    return MigrationResponse.of(migrations.migrate(key, target, dryRun, caller.userId()));
  }

  private static long targetKey(MigrationRequest request) {
    if (request == null || request.targetProcessDefinitionKey() == null) {
      throw ApiProblem.invalid("targetProcessDefinitionKey", "is required");
    }
    try {
      return Long.parseLong(request.targetProcessDefinitionKey().strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.invalid("targetProcessDefinitionKey", "must be a process definition key");
    }
  }
}
