package io.flowpod.domain.privacy;

import io.flowpod.domain.customers.CustomerCorrection;
import io.flowpod.domain.customers.CustomerCorrections;
import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rectification task: staff enter the corrections the customer asked for (only the fields to
 * change). The flow continues with no variables: corrected values never become process variables.
 */
@Component
class RectificationForm implements StaffTaskForm {

  private final DataRequests requests;

  RectificationForm(DataRequests requests) {
    this.requests = requests;
  }

  @Override
  public String formKey() {
    return DataRequestProcess.RECTIFICATION_FORM;
  }

  @Override
  public String businessObjectType() {
    return DataRequestProcess.TASK_BUSINESS_OBJECT;
  }

  @Override
  public String businessObjectVariable() {
    return "dataRequestId";
  }

  @Override
  public String title(String businessObjectId) {
    return DataRequestTitles.of(businessObjectId) + ": apply the customer's corrections";
  }

  @Override
  public List<FormField> fields() {
    return List.of(
        new FormField("name", "Name", FormField.Type.TEXT, false, List.of()),
        new FormField("email", "E-mail", FormField.Type.TEXT, false, List.of()),
        new FormField("phone", "Phone", FormField.Type.TEXT, false, List.of()),
        new FormField("locale", "Language", FormField.Type.CHOICE, false,
            List.of("en", "it", "es", "ar")));
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    CustomerCorrection correction = new CustomerCorrection(text(input.get("name")),
        text(input.get("email")), text(input.get("phone")), text(input.get("locale")));
    try {
      requests.applyCorrection(DataRequestTitles.id(businessObjectId), correction, actorUserId);
    } catch (CustomerCorrections.InvalidCorrection e) {
      throw StaffTaskException.invalid(e.fieldErrors());
    } catch (DataRequestException e) {
      throw e.reason() == DataRequestException.Reason.NOT_FOUND ? StaffTaskException.notFound()
          : StaffTaskException.conflict(e.getMessage());
    }
    return Map.of();
  }

  private static String text(Object value) {
    return value instanceof String text && !text.isBlank() ? text : null;
  }
}
