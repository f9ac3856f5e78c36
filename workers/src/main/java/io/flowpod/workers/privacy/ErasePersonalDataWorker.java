package io.flowpod.workers.privacy;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.privacy.DataRequestProcess;
import io.flowpod.domain.privacy.DataRequests;
import org.springframework.stereotype.Component;

/** Erasure */
@Component
public class ErasePersonalDataWorker {

  private final DataRequests requests;

  ErasePersonalDataWorker(DataRequests requests) {
    this.requests = requests;
  }

  @JobWorker(type = DataRequestProcess.ERASE_PERSONAL_DATA_JOB)
  public void handle(@Variable String tenantId, @Variable String dataRequestId) {
    PrivacyJobs.run(tenantId, dataRequestId, "erasing personal data", " anonymises the customer in every holder in one transaction and records the proof; a repeated job finds the request completed.:check the request and the database log (nothing was erased: it is one transaction), then retry the job", requests::erase);
  }
}
