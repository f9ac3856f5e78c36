package io.flowpod.domain.tasks;

import java.util.List;
import java.util.Map;

/**
 * What a BPMN user task asks a person to do, keyed by its form key (the user task's
 * {@code zeebe:formDefinition formKey}). A capability registers one bean per form it uses: the form
 * names the business object the task is about, lists its fields, and turns a person's validated input
 * into the domain change and the variables the flow continues with (references and plain facts only,
 * never personal data).
 */
public interface StaffTaskForm {

  /** The user task's form key, e.g. {@code order-fulfilment}. */
  String formKey();

  /** The business object type this form is about, e.g. {@code order}. */
  String businessObjectType();

  /** The process variable holding the business object's id, e.g. {@code orderId}. */
  String businessObjectVariable();

  /** A title naming the business object and the work, e.g. "Order 1042: pick, pack and ship". */
  String title(String businessObjectId);

  /** The fields a person fills in, in display order. */
  List<FormField> fields();

  /**
   * Validates the input, applies the domain change, and answers the variables to complete the job
   * with. Runs in the task's tenant, inside the transaction that marks the task completed.
   *
   * @throws StaffTaskException INVALID_INPUT with field errors, or CONFLICT when the business object
   *     no longer allows the work
   */
  Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      java.util.UUID actorUserId);

  /** One input of a form. {@code options} only for {@link Type#CHOICE}. */
  record FormField(String name, String label, Type type, boolean required, List<String> options) {

    public enum Type { TEXT, NUMBER, DATE, BOOLEAN, CHOICE }

    public FormField {
      options = List.copyOf(options);
    }
  }
}
