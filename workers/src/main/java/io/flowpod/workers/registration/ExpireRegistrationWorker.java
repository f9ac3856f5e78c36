package io.flowpod.workers.registration;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.registration.RegistrationProcess;
import io.flowpod.domain.registration.Registrations;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Marks an unused registration link expired; idempotent. */
@Component
public class ExpireRegistrationWorker {

  private final Registrations registrations;

  ExpireRegistrationWorker(Registrations registrations) {
    this.registrations = registrations;
  }

  @JobWorker(type = RegistrationProcess.EXPIRE_JOB)
  public void expire(@Variable String tenantId, @Variable String registrationId) {
    RegistrationJobs.runAsTenant(tenantId, registrationId, "marking the link expired",
        () -> registrations.expire(UUID.fromString(registrationId)));
  }
}
