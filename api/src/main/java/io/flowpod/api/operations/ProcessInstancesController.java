package io.flowpod.api.operations;

import static io.flowpod.api.operations.OperationDtos.blankToNull;

import io.flowpod.api.operations.OperationDtos.BatchRequest;
import io.flowpod.api.operations.OperationDtos.BatchResponse;
import io.flowpod.api.operations.OperationDtos.InstanceResponse;
import io.flowpod.api.operations.OperationDtos.Items;
import io.flowpod.api.operations.OperationDtos.MoveRequest;
import io.flowpod.api.operations.OperationDtos.VariablesRequest;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.ProcessOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
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

/**
 * The ops console's process instances: list, detail with diagram, and the operator's fix actions.
 * Managers and above; another workspace's instance answers 404; an instance that ended meanwhile 409.
 */
@RestController
@RequestMapping("/api/v1/process-instances")
@PreAuthorize("hasRole('MANAGER')")
@Tag(name = "Operations")
class ProcessInstancesController {

  private final ProcessOperations operations;

  ProcessInstancesController(ProcessOperations operations) {
    this.operations = operations;
  }

  @GetMapping
  @Operation(summary = "List process instances, newest first",
      description = "Roles: MANAGER and above. Filters: processId, state (ACTIVE, INCIDENT, "
          + "COMPLETED, CANCELED), businessObjectType, businessObjectId; limit (default 50, max 100).")
  Items<InstanceSummary> list(@RequestParam(required = false) String processId,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String businessObjectType,
      @RequestParam(required = false) String businessObjectId,
      @RequestParam(required = false) Integer limit) {
    return new Items<>(operations.instances(new InstanceFilter(blankToNull(processId),
        OperationDtos.state(state), blankToNull(businessObjectType), blankToNull(businessObjectId),
        OperationDtos.limitOr(limit))));
  }

  @GetMapping("/stuck")
  @Operation(summary = "Running instances that made no progress for a while, oldest first",
      description = "Roles: MANAGER and above. Instances without an incident waiting longer than "
          + "idleMinutes (default 60) in an element that should move on by itself.")
  Items<InstanceSummary> stuck(@RequestParam(defaultValue = "60") long idleMinutes,
      @RequestParam(required = false) Integer limit) {
    return new Items<>(operations.stuck(Duration.ofMinutes(idleMinutes),
        OperationDtos.limitOr(limit)));
  }

  @GetMapping("/{key}")
  @Operation(summary = "One instance with its path, timeline, variables, incidents and diagram",
      description = "Roles: MANAGER and above. diagramXml is the BPMN of its process version; "
          + "operateUrl links to Camunda Operate in cluster mode (null otherwise).")
  InstanceResponse get(@PathVariable long key) {
    return InstanceResponse.of(operations.instance(key));
  }

  @PostMapping("/{key}/cancel")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Cancel a running instance",
      description = "Roles: MANAGER and above. 409 when it has already ended. Audited.")
  void cancel(@PathVariable long key, CurrentUser caller) {
    operations.cancel(key, caller.userId());
  }

  @PostMapping("/{key}/variables")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Set variables on a running instance",
      description = "Roles: MANAGER and above. {variables: {name: JSON value}}, merged into the "
          + "instance's root scope. Names are camelCase; tenantId and names that look like personal "
          + "data or secrets are refused (400). The audit log names the variables, not the values.")
  void setVariables(@PathVariable long key, @RequestBody VariablesRequest request,
      CurrentUser caller) {
    operations.setVariables(key, request.variables(), caller.userId());
  }

  @PostMapping("/{key}/move")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Move the token from one element to another",
      description = "Roles: MANAGER and above. {from, to}: element ids; from must be an element "
          + "the instance waits in. Audited.")
  void move(@PathVariable long key, @RequestBody MoveRequest request, CurrentUser caller) {
    operations.moveToken(key, request.from(), request.to(), caller.userId());
  }

  @PostMapping("/batch/retry")
  @Operation(summary = "Retry every matching open incident (at most 100)",
      description = "Roles: MANAGER and above. {processId, businessObjectType, businessObjectId, "
          + "limit, retries}. Answers what was retried and, by incident key, what was refused.")
  BatchResponse retryAll(@RequestBody BatchRequest request, CurrentUser caller) {
    return BatchResponse.of(operations.retryAll(request.incidents(), request.retryCount(),
        caller.userId()));
  }

  @PostMapping("/batch/cancel")
  @Operation(summary = "Cancel every matching running instance (at most 100)",
      description = "Roles: MANAGER and above. {processId, state, businessObjectType, "
          + "businessObjectId, limit}. Answers what was cancelled and, by key, what was refused.")
  BatchResponse cancelAll(@RequestBody BatchRequest request, CurrentUser caller) {
    return BatchResponse.of(operations.cancelAll(request.instances(), caller.userId()));
  }
}
