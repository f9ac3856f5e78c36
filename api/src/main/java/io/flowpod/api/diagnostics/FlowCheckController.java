package io.flowpod.api.diagnostics;

import io.flowpod.api.idempotency.Idempotent;
import io.flowpod.domain.diagnostics.FlowChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** End-to-end probes of the flow pipeline (API, outbox, engine, worker, database) for operators. */
@RestController
@RequestMapping("/api/v1/flow-checks")
@Tag(name = "Diagnostics", description = "Probe that flows run end to end")
class FlowCheckController {

  private final FlowChecks flowChecks;

  FlowCheckController(FlowChecks flowChecks) {
    this.flowChecks = flowChecks;
  }

  @PostMapping
  @Idempotent
  @Operation(summary = "Request a flow check",
      description = "Starts a flow that waits delaySeconds on a timer and then marks the check "
          + "COMPLETED; poll the Location. Honours Idempotency-Key. Roles: any authenticated role.")
  @ApiResponse(responseCode = "202", description = "Accepted; the check runs in the background")
  ResponseEntity<FlowCheckView> request(@Valid @RequestBody FlowCheckRequest body) {
    var check = flowChecks.request(Duration.ofSeconds(body.delaySeconds()));
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/flow-checks/" + check.id()))
        .body(FlowCheckView.of(check));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a flow check",
      description = "REQUESTED until the flow's timer fires, then COMPLETED. A check of another "
          + "workspace is answered 404. Roles: any authenticated role.")
  @ApiResponse(responseCode = "200", description = "The check")
  FlowCheckView get(@PathVariable UUID id) {
    return flowChecks.find(id).map(FlowCheckView::of).orElseThrow();
  }
}
