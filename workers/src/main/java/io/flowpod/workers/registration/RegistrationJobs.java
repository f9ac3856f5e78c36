package io.flowpod.workers.registration;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.registration.Registration;
import java.util.UUID;

/** What registration workers share: they act as the job's tenant and name the registration in failures. */
final class RegistrationJobs {

  private RegistrationJobs() {}

  static void runAsTenant(String tenantId, String registrationId, String step, Runnable work) {
    try {
      TenantContext.runAs(UUID.fromString(tenantId), work);
    } catch (RuntimeException e) {
      throw new IllegalStateException(Registration.ref(UUID.fromString(registrationId)) + ": "
          + step + " failed (" + e.getMessage() + "); check the registration (registrationId "
          + registrationId + ") and the database, then retry the job", e);
    }
  }
}
