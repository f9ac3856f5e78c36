package io.flowpod.workers.privacy;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.privacy.DataRequestProcess;
import io.flowpod.domain.privacy.DataRequests;
import org.springframework.stereotype.Component;

/** The customer did not verify their identity in time */
@Component
public class RejectUnverifiedRequestWorker {

  private final DataRequests requests;

  RejectUnverifiedRequestWorker(DataRequests requests) {
    this.requests = requests;
  }

  @JobWorker(type = DataRequestProcess.REJECT_UNVERIFIED_JOB)
  public void handle(@Variable String tenantId, @Variable String dataRequestId) {
    PrivacyJobs.run(tenantId, dataRequestId, "rejecting the unverified request", " the request is rejected, nothing disclosed or changed.:check the request on its page, then retry the job", requests::rejectUnverified);
  }
}
