package io.flowpod.app.tasks;

import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A test-only form for the test-only process of {@link StaffTasksTest}: one required yes/no. */
@Component
class CheckForm implements StaffTaskForm {

  static final String KEY = "test-check";

  @Override
  public String formKey() {
    return KEY;
  }

  @Override
  public String businessObjectType() {
    return "test-check";
  }

  @Override
  public String businessObjectVariable() {
    return "checkId";
  }

  @Override
  public String title(String businessObjectId) {
    return "Check " + businessObjectId;
  }

  @Override
  public List<FormField> fields() {
    return List.of(new FormField("ok", "Looks right", FormField.Type.BOOLEAN, true, List.of()));
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    if (!(input.get("ok") instanceof Boolean ok)) {
      throw StaffTaskException.invalid(Map.of("ok", "must be true or false"));
    }
    return Map.of("checked", ok);
  }
}
