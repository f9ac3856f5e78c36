package io.flowpod.api.policies;

import io.flowpod.api.policies.PolicyDtos.EvaluateRequest;
import io.flowpod.api.policies.PolicyDtos.EvaluateTableRequest;
import io.flowpod.api.policies.PolicyDtos.EvaluationBody;
import io.flowpod.api.policies.PolicyDtos.KindBody;
import io.flowpod.api.policies.PolicyDtos.SaveDraftRequest;
import io.flowpod.api.policies.PolicyDtos.VersionBody;
import io.flowpod.api.policies.PolicyDtos.VersionSummary;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.policies.Policies;
import io.flowpod.domain.policies.PolicyVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's decision policies. Reading and trying tables: MANAGER and up; saving, activating,
 * rolling back: ADMIN and up. Versions belong to the caller's workspace (another's answer 404).
 */
@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policies")
@PreAuthorize("hasRole('MANAGER')")
class PoliciesController {

  private final Policies policies;

  PoliciesController(Policies policies) {
    this.policies = policies;
  }

  @GetMapping
  @Operation(summary = "Policy kinds with their columns and the active version",
      description = "Roles: OWNER, ADMIN, MANAGER. activeVersion null: the shipped decision applies.")
  List<KindBody> kinds(CurrentUser caller) {
    return policies.overview().stream().map(o -> KindBody.of(o, caller.tenantId())).toList();
  }

  @GetMapping("/{kind}")
  @Operation(summary = "One policy kind", description = "Roles: OWNER, ADMIN, MANAGER.")
  KindBody kind(@PathVariable String kind, CurrentUser caller) {
    policies.kind(kind);
    return policies.overview().stream().filter(o -> o.kind().kind().equals(kind)).findFirst()
        .map(o -> KindBody.of(o, caller.tenantId())).orElseThrow();
  }

  @GetMapping("/{kind}/versions")
  @Operation(summary = "The workspace's versions of a policy, newest first",
      description = "Roles: OWNER, ADMIN, MANAGER.")
  List<VersionSummary> versions(@PathVariable String kind) {
    return policies.versions(kind).stream().map(VersionSummary::of).toList();
  }

  @GetMapping("/{kind}/versions/{version}")
  @Operation(summary = "One version with its table and generated DMN",
      description = "Roles: OWNER, ADMIN, MANAGER.")
  VersionBody version(@PathVariable String kind, @PathVariable int version) {
    return VersionBody.of(policies.version(kind, version));
  }

  @GetMapping(value = "/{kind}/versions/{version}/dmn", produces = MediaType.APPLICATION_XML_VALUE)
  @Operation(summary = "The version's DMN, to open in Camunda Modeler",
      description = "Roles: OWNER, ADMIN, MANAGER.")
  ResponseEntity<String> dmn(@PathVariable String kind, @PathVariable int version) {
    PolicyVersion found = policies.version(kind, version);
    return ResponseEntity.ok().header("Content-Disposition",
            "attachment; filename=\"" + found.kind() + "-v" + found.version() + ".dmn\"")
        .contentType(MediaType.APPLICATION_XML).body(found.dmnXml());
  }

  @PostMapping("/{kind}/versions")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Save a decision table as the next draft version",
      description = "Roles: OWNER, ADMIN. Cells: input entries are FEEL unary tests (- for any "
          + "value), outputs literals of the column's type (\"REVIEW\", 24, true or null). Checked "
          + "and compiled on the engine: a bad cell answers 400 naming it (rules[i].inputs[j]).")
  ResponseEntity<VersionBody> saveDraft(@PathVariable String kind,
      @RequestBody SaveDraftRequest request, CurrentUser caller) {
    PolicyVersion draft = policies.saveDraft(kind, request.table(), request.note(),
        caller.userId());
    return ResponseEntity.created(URI.create("/api/v1/policies/" + draft.kind() + "/versions/"
        + draft.version())).body(VersionBody.of(draft));
  }

  @PostMapping("/{kind}/evaluate")
  @Operation(summary = "Try an unsaved table with sample inputs on the engine",
      description = "Roles: OWNER, ADMIN, MANAGER. Answers the matched rows (1-based) and outputs, "
          + "or the engine's failure (e.g. several rows matching under UNIQUE).")
  EvaluationBody evaluateTable(@PathVariable String kind,
      @RequestBody EvaluateTableRequest request) {
    return EvaluationBody.of(policies.evaluate(kind, request.table(), request.inputs()));
  }

  @PostMapping("/{kind}/versions/{version}/evaluate")
  @Operation(summary = "Try a saved version with sample inputs on the engine",
      description = "Roles: OWNER, ADMIN, MANAGER.")
  EvaluationBody evaluate(@PathVariable String kind, @PathVariable int version,
      @RequestBody EvaluateRequest request) {
    return EvaluationBody.of(policies.evaluateVersion(kind, version, request.inputs()));
  }

  @PostMapping("/{kind}/versions/{version}/activate")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Deploy a version and make it the active one (also to roll back)",
      description = "Roles: OWNER, ADMIN. Flows started from now on call it; audited.")
  VersionBody activate(@PathVariable String kind, @PathVariable int version, CurrentUser caller) {
    return VersionBody.of(policies.activate(kind, version, caller.userId()));
  }

  @PostMapping("/{kind}/rollback")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Re-activate the version that was active before the current one",
      description = "Roles: OWNER, ADMIN. 409 when no earlier version was active; audited.")
  VersionBody rollback(@PathVariable String kind, CurrentUser caller) {
    return VersionBody.of(policies.rollback(kind, caller.userId()));
  }

  @PostMapping("/{kind}/deactivate")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Go back to the shipped decision",
      description = "Roles: OWNER, ADMIN. Retires the active version; audited.")
  ResponseEntity<Void> deactivate(@PathVariable String kind, CurrentUser caller) {
    policies.deactivate(kind, caller.userId());
    return ResponseEntity.noContent().build();
  }
}
