package io.flowpod.domain.diagnostics;

import io.flowpod.domain.platform.flows.ResumableFlow;
import io.flowpod.domain.platform.flows.Resumption;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requested check re-enters at its timer; the timer fires at the recorded {@code dueAt} (at once if
 * that has passed), so the wait is neither lost nor restarted.
 */
@Component
class FlowCheckResumption implements ResumableFlow {

  private final FlowCheckRepository repository;

  FlowCheckResumption(FlowCheckRepository repository) {
    this.repository = repository;
  }

  @Override
  public String processId() {
    return FlowCheckProcess.PROCESS_ID;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Resumption> inFlightRecords() {
    return repository.findByStatus(FlowCheckStatus.REQUESTED).stream()
        .<Resumption>map(check -> new Resumption.ResumeAt(
            "flow check " + check.id(),
            FlowCheckProcess.WAIT_ELEMENT,
            FlowCheckProcess.variables(check.tenantId(), check.id(), check.dueAt())))
        .toList();
  }
}
