package io.flowpod.api.diagnostics;

import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.SortOrder;
import io.flowpod.api.paging.Sortable;
import io.flowpod.domain.platform.flows.FlowResumptionLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the embedded runtime did with in-flight records when it started (resumed or not). */
@RestController
@RequestMapping("/api/v1/flow-resumptions")
@Tag(name = "Diagnostics")
class FlowResumptionController {

  private static final SortOrder NEWEST_FIRST =
      new SortOrder("happenedAt", SortOrder.Direction.DESC);

  private final FlowResumptionLog log;

  FlowResumptionController(FlowResumptionLog log) {
    this.log = log;
  }

  @GetMapping
  @Operation(summary = "List flow resumptions",
      description = "Entries of the flow resumption log of your workspace, newest first unless "
          + "sort=happenedAt,asc. Roles: OWNER, ADMIN, MANAGER.")
  @ApiResponse(responseCode = "200", description = "One page of entries")
  Page<FlowResumptionLog.Entry> list(
      @Sortable(fields = "happenedAt", byDefault = "happenedAt,desc") PageRequest page) {
    boolean newestFirst = !page.primarySort(NEWEST_FIRST).ascending();
    return Page.of(log.page(page.offset(), page.size(), newestFirst), page, log.count());
  }
}
