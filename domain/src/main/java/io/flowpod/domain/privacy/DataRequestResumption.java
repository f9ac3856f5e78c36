package io.flowpod.domain.privacy;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.flows.ResumableFlow;
import io.flowpod.domain.platform.flows.Resumption;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An open request re-enters at the start of both branches after an embedded restart: its clock from
 * the recorded dates (a passed escalation or verification deadline fires at once), its work from the
 * verification (skipped when the customer was already verified). Repeated notices are recorded once
 * per template and request by the notify step.
 */
@Component
class DataRequestResumption implements ResumableFlow {

  static final String RESUME_ELEMENT = "Gateway_Fork";

  private final DataRequestStore store;

  DataRequestResumption(DataRequestStore store) {
    this.store = store;
  }

  @Override
  public String processId() {
    return DataRequestProcess.PROCESS_ID;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Resumption> inFlightRecords() {
    return store.list(null, true, null, null, 0, Integer.MAX_VALUE).stream()
        .<Resumption>map(request -> new Resumption.ResumeAt("data request " + request.reference(),
            RESUME_ELEMENT, DataRequestMessage.startVariables(TenantContext.require(), request)))
        .toList();
  }
}
