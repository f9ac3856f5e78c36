package io.flowpod.workers.privacy;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.privacy.DataRequestProcess;
import io.flowpod.domain.privacy.DataRequests;
import org.springframework.stereotype.Component;

/** Access */
@Component
public class PrepareExportWorker {

  private final DataRequests requests;

  PrepareExportWorker(DataRequests requests) {
    this.requests = requests;
  }

  @JobWorker(type = DataRequestProcess.PREPARE_EXPORT_JOB)
  public void handle(@Variable String tenantId, @Variable String dataRequestId) {
    PrivacyJobs.run(tenantId, dataRequestId, "preparing the export", " makes the customer's export downloadable for seven days (the link goes out next).:check the request on its page, then retry the job", requests::prepareExport);
  }
}
