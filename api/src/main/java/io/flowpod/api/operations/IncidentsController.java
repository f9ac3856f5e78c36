package io.flowpod.api.operations;

import static io.flowpod.api.operations.OperationDtos.blankToNull;

import io.flowpod.api.operations.OperationDtos.Items;
import io.flowpod.api.operations.OperationDtos.RetryRequest;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.operations.IncidentFilter;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.ProcessOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Open incidents of the workspace's flows, and resolving one. Managers and above. */
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize("hasRole('MANAGER')")
@Tag(name = "Operations")
class IncidentsController {

  private final ProcessOperations operations;

  IncidentsController(ProcessOperations operations) {
    this.operations = operations;
  }

  @GetMapping
  @Operation(summary = "List open incidents, newest first",
      description = "Roles: MANAGER and above. Filters: processId, businessObjectType, "
          + "businessObjectId; limit (default 50, max 100). errorMessage says what failed for "
          + "which business object and what to do.")
  Items<IncidentView> list(@RequestParam(required = false) String processId,
      @RequestParam(required = false) String businessObjectType,
      @RequestParam(required = false) String businessObjectId,
      @RequestParam(required = false) Integer limit) {
    return new Items<>(operations.incidents(new IncidentFilter(blankToNull(processId),
        blankToNull(businessObjectType), blankToNull(businessObjectId),
        OperationDtos.limitOr(limit))));
  }

  @PostMapping("/{key}/resolve")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Retry the failed job and resolve the incident",
      description = "Roles: MANAGER and above. {retries} (1 to 10, default 1): attempts the failed "
          + "job gets; an incident without a job is resolved so the engine tries again. Fix the "
          + "cause first (e.g. set a variable). 404 for another workspace's incident. Audited.")
  void resolve(@PathVariable long key, @RequestBody(required = false) RetryRequest request,
      CurrentUser caller) {
    operations.retry(key, request == null ? 1 : request.count(), caller.userId());
  }
}
