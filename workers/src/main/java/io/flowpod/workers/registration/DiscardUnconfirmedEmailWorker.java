package io.flowpod.workers.registration;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.registration.RegistrationProcess;
import io.flowpod.domain.registration.Registrations;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seven days without a confirmation click: records the pending e-mail marketing consent as declined
 * and deletes the unconfirmed data; idempotent.
 */
@Component
public class DiscardUnconfirmedEmailWorker {

  private final Registrations registrations;

  DiscardUnconfirmedEmailWorker(Registrations registrations) {
    this.registrations = registrations;
  }

  @JobWorker(type = RegistrationProcess.DISCARD_JOB)
  public void discard(@Variable String tenantId, @Variable String registrationId) {
    RegistrationJobs.runAsTenant(tenantId, registrationId, "discarding the unconfirmed e-mail",
        () -> registrations.discardUnconfirmed(UUID.fromString(registrationId)));
  }
}
