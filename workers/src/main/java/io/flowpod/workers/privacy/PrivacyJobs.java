package io.flowpod.workers.privacy;

import io.flowpod.domain.privacy.DataRequest;
import io.flowpod.domain.platform.TenantContext;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every data-request worker shares: it acts as the job's tenant, and a failure leaves an
 * incident message naming the request ("Data request DR-3F2A9C1D") and what the operator should do.
 */
final class PrivacyJobs {

  private PrivacyJobs() {}

  static void run(String tenantId, String dataRequestId, String step, String operatorAction,
      Function<UUID, DataRequest> work) {
    UUID id = UUID.fromString(dataRequestId);
    try {
      TenantContext.callAs(UUID.fromString(tenantId), () -> work.apply(id));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Data request " + DataRequest.reference(id) + ": " + step
          + " failed (" + e.getMessage() + "); " + operatorAction, e);
    }
  }
}
