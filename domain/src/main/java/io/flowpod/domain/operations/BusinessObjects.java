package io.flowpod.domain.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Names the business object of an instance from its variables, by FlowPod's convention that every
 * flow carries its object's id as {@code <type>Id} and, where it has one, a number for people as
 * {@code <type>Number}. The first known id variable wins.
 */
public final class BusinessObjects {

  /** A known id variable, its object type and the variable that holds its number for people. */
  private record Kind(String idVariable, String type, String numberVariable, String noun) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("orderId", "order", "orderNumber", "Order"),
      new Kind("invoiceId", "invoice", "invoiceNumber", "Invoice"),
      new Kind("appointmentId", "appointment", "appointmentNumber", "Appointment"),
      new Kind("pledgeId", "pledge", "pledgeNumber", "Pledge"),
      new Kind("registrationId", "registration", null, "Registration"),
      new Kind("dataRequestId", "data-request", null, "Data request"),
      new Kind("replenishmentId", "replenishment", null, "Replenishment"),
      new Kind("flowCheckId", "flow-check", null, "Flow check"));

  private BusinessObjects() {}

  /** The variable names whose values identify a business object or name it. */
  public static boolean isNaming(String variable) {
    return namingVariables().contains(variable);
  }

  /** Every variable that names a business object: its id and, where it has one, its number. */
  public static List<String> namingVariables() {
    return KINDS.stream()
        .flatMap(k -> k.numberVariable == null ? Stream.of(k.idVariable)
            : Stream.of(k.idVariable, k.numberVariable))
        .toList();
  }

  /**
   * @param variables root-scope variables as plain strings (JSON strings already unquoted)
   */
  public static Optional<BusinessObject> from(Map<String, String> variables) {
    for (Kind kind : KINDS) {
      String id = variables.get(kind.idVariable);
      if (id != null && !id.isBlank()) {
        String number = kind.numberVariable == null ? null : variables.get(kind.numberVariable);
        String label = kind.noun + " " + (number == null || number.isBlank() ? id : number);
        return Optional.of(new BusinessObject(kind.type, id, label));
      }
    }
    return Optional.empty();
  }

  /** The id variable of a business object type, e.g. "order" → "orderId". */
  public static Optional<String> idVariable(String type) {
    return KINDS.stream().filter(k -> k.type.equals(type)).map(Kind::idVariable).findFirst();
  }

  /** A JSON text value without its quotes when it is a JSON string. */
  public static String unquote(String json) {
    if (json != null && json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")) {
      return json.substring(1, json.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return json;
  }
}
