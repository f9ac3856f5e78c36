package io.flowpod.api.modeling;

import io.flowpod.api.modeling.ModelingDtos.CheckResponse;
import io.flowpod.api.modeling.ModelingDtos.DefinitionResponse;
import io.flowpod.api.modeling.ModelingDtos.DeploymentResponse;
import io.flowpod.api.modeling.ModelingDtos.DeploymentsOverview;
import io.flowpod.api.modeling.ModelingDtos.Finding;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.modeling.ModelDeployments;
import io.flowpod.domain.modeling.ModelFile;
import io.flowpod.domain.modeling.ModelProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Deploys BPMN, DMN and form files to the engine, all or nothing, after validating every file.
 * SUPER_ADMIN only: process definitions are shared by every workspace.
 */
@RestController
@RequestMapping("/api/v1/deployments")
@Tag(name = "Deployments")
@PreAuthorize("hasRole('SUPER_ADMIN')")
class DeploymentsController {

  private static final int RECENT = 50;

  private final ModelDeployments deployments;

  DeploymentsController(ModelDeployments deployments) {
    this.deployments = deployments;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Deploy model files",
      description = "Roles: SUPER_ADMIN. Multipart, one or more parts named files (.bpmn, .dmn, "
          + ".form; at most 20 files, 1 MB each, 5 MB together). Every file is validated first "
          + "(safe XML, known job types, user tasks FlowPod can complete, naming conventions); "
          + "any error answers 400 model-rejected with one entry per file and element, and "
          + "nothing is deployed. 201 with the versions the engine created (an unchanged file "
          + "keeps its version) and any warnings. ?dryRun=true only validates (200).")
  ResponseEntity<?> deploy(@RequestParam("files") List<MultipartFile> files,
      @RequestParam(defaultValue = "false") boolean dryRun, CurrentUser caller)
      throws IOException {
    List<ModelFile> models = new ArrayList<>();
    for (MultipartFile file : files) {
      models.add(new ModelFile(StringUtils.getFilename(file.getOriginalFilename()),
          file.getBytes()));
    }
    if (dryRun) {
      List<ModelProblem> findings = deployments.check(models);
      return ResponseEntity.ok(new CheckResponse(
          findings.stream().noneMatch(ModelProblem::blocking), Finding.of(findings)));
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(DeploymentResponse.of(deployments.deploy(models, caller.userId())));
  }

  @GetMapping
  @Operation(summary = "Deployed versions and recent deployments",
      description = "Roles: SUPER_ADMIN. definitions: every deployed process version with the "
          + "number of instances (of every workspace) running on it, newest version first; "
          + "deployments: the 50 most recent deployments made through this API.")
  DeploymentsOverview list() {
    return new DeploymentsOverview(
        deployments.definitions().stream().map(DefinitionResponse::of).toList(),
        deployments.recent(RECENT).stream().map(DeploymentResponse::of).toList());
  }
}
