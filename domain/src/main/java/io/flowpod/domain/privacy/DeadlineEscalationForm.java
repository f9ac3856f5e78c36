package io.flowpod.domain.privacy;

import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The escalation five days before a request's deadline: a task naming the request, for staff to
 * answer it (or extend it while that is still allowed) and acknowledge. Its own business object
 * type, so an extension can close it without touching the request's other tasks.
 */
@Component
class DeadlineEscalationForm implements StaffTaskForm {

  static final String BUSINESS_OBJECT = "data-request-deadline";

  private final DataRequests requests;

  DeadlineEscalationForm(DataRequests requests) {
    this.requests = requests;
  }

  @Override
  public String formKey() {
    return DataRequestProcess.DEADLINE_FORM;
  }

  @Override
  public String businessObjectType() {
    return BUSINESS_OBJECT;
  }

  @Override
  public String businessObjectVariable() {
    return "dataRequestId";
  }

  @Override
  public String title(String businessObjectId) {
    return DataRequestTitles.of(businessObjectId) + ": " + requests.find(
            DataRequestTitles.id(businessObjectId))
        .map(r -> "answer before " + r.dueAt().toString().substring(0, 10) + " (legal deadline)")
        .orElse("legal deadline approaching");
  }

  @Override
  public List<FormField> fields() {
    return List.of(new FormField("acknowledged", "I am taking care of it", FormField.Type.BOOLEAN,
        true, List.of()));
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    if (!Boolean.TRUE.equals(input.get("acknowledged"))) {
      throw StaffTaskException.invalid(Map.of("acknowledged", "Tick to acknowledge the deadline"));
    }
    try {
      requests.deadlineAcknowledged(DataRequestTitles.id(businessObjectId), actorUserId);
    } catch (DataRequestException e) {
      throw StaffTaskException.notFound();
    }
    return Map.of();
  }
}
