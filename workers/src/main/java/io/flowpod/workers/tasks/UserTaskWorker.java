package io.flowpod.workers.tasks;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tasks.NewStaffTask;
import io.flowpod.domain.tasks.StaffTaskForm;
import io.flowpod.domain.tasks.StaffTasks;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns every job-worker-based BPMN user task into a staff task in FlowPod's inbox. The job stays
 * activated (not auto-completed) until a person completes the task; if the activation times out the
 * engine hands the job out again and opening is idempotent by job key. A task whose form key has no
 * registered form fails with a message naming the key, so the incident tells the operator what is
 * missing. Public because the Camunda starter invokes worker methods reflectively.
 */
@Component
public class UserTaskWorker {

  static final String JOB_TYPE = "io.camunda.zeebe:userTask";
  static final String FORM_KEY_HEADER = "io.camunda.zeebe:formKey";
  static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
  /** Fourteen days: re-activation after this only refreshes the same task. */
  static final long ACTIVATION_TIMEOUT_MILLIS = 14L * 24 * 60 * 60 * 1000;

  private final StaffTasks staffTasks;

  UserTaskWorker(StaffTasks staffTasks) {
    this.staffTasks = staffTasks;
  }

  @JobWorker(type = JOB_TYPE, autoComplete = false, timeout = ACTIVATION_TIMEOUT_MILLIS,
      fetchAllVariables = true)
  public void open(ActivatedJob job) {
    String formKey = job.getCustomHeaders().get(FORM_KEY_HEADER);
    if (formKey == null || formKey.isBlank()) {
      throw new IllegalStateException("User task " + job.getElementId() + " of "
          + job.getBpmnProcessId() + " has no form key; set zeebe:formDefinition formKey");
    }
    StaffTaskForm form = staffTasks.form(formKey).orElseThrow(() -> new IllegalStateException(
        "No FlowPod form is registered for form key '" + formKey + "' (user task "
            + job.getElementId() + " of " + job.getBpmnProcessId() + ")"));
    Map<String, Object> variables = job.getVariablesAsMap();
    Object tenantId = variables.get("tenantId");
    Object objectId = variables.get(form.businessObjectVariable());
    if (tenantId == null || objectId == null) {
      throw new IllegalStateException("User task " + job.getElementId() + " needs the variables "
          + "tenantId and " + form.businessObjectVariable());
    }
    TenantContext.runAs(UUID.fromString(tenantId.toString()), () -> staffTasks.open(
        new NewStaffTask(job.getKey(), job.getProcessInstanceKey(), job.getBpmnProcessId(),
            job.getElementId(), formKey, objectId.toString(),
            CandidateGroups.first(job.getCustomHeaders().get(CANDIDATE_GROUPS_HEADER)))));
  }
}
