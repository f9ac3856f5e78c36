package io.flowpod.workers.privacy;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.privacy.DataRequestProcess;
import io.flowpod.domain.privacy.DataRequests;
import org.springframework.stereotype.Component;

/** Access and rectification */
@Component
public class CompleteRequestWorker {

  private final DataRequests requests;

  CompleteRequestWorker(DataRequests requests) {
    this.requests = requests;
  }

  @JobWorker(type = DataRequestProcess.COMPLETE_REQUEST_JOB)
  public void handle(@Variable String tenantId, @Variable String dataRequestId) {
    PrivacyJobs.run(tenantId, dataRequestId, "recording completion", " records the request completed with what was done.:check the request on its page, then retry the job", requests::complete);
  }
}
