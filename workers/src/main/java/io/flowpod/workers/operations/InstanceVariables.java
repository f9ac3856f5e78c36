package io.flowpod.workers.operations;

import io.camunda.client.api.search.filter.VariableValueFilter;
import io.camunda.client.api.search.response.Variable;
import io.flowpod.domain.operations.BusinessObject;
import io.flowpod.domain.operations.BusinessObjects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Process variables as the search API filters and answers them: values are JSON text, so a filter on
 * a string variable compares with the quoted string ({@code "\"abc\""}).
 */
final class InstanceVariables {

  /** The variable every FlowPod instance carries: the owning tenant's id. */
  static final String TENANT_ID = "tenantId";

  /** Every variable that names a business object: its id and, where it has one, its number. */
  static final List<String> NAMING = BusinessObjects.namingVariables();

  private InstanceVariables() {}

  /** The variable filter that keeps one tenant's instances. */
  static Consumer<VariableValueFilter> ofTenant(UUID tenantId) {
    return equalsString(TENANT_ID, tenantId.toString());
  }

  /**
   * The variable filter for a business object: its id variable equal to {@code id}, or present at all
   * when {@code id} is null. Empty when the type is unknown or not given.
   */
  static Optional<Consumer<VariableValueFilter>> ofBusinessObject(String type, String id) {
    if (type == null) {
      return Optional.empty();
    }
    return BusinessObjects.idVariable(type).map(variable -> id == null
        ? v -> v.name(variable).value(p -> p.exists(true))
        : equalsString(variable, id));
  }

  /**
   * The instance filter's variable conditions: the tenant, and the business object when asked for.
   * Empty when the business object type is unknown: no instance can match it.
   */
  static Optional<List<Consumer<VariableValueFilter>>> scope(UUID tenantId, String objectType,
      String objectId) {
    List<Consumer<VariableValueFilter>> filters = new ArrayList<>();
    filters.add(ofTenant(tenantId));
    if (objectType != null) {
      Optional<Consumer<VariableValueFilter>> object = ofBusinessObject(objectType, objectId);
      if (object.isEmpty()) {
        return Optional.empty();
      }
      filters.add(object.get());
    }
    return Optional.of(filters);
  }

  /** The root-scope variables read back for every listed instance: its tenant and its business object. */
  static final List<String> READ_BACK = Stream.concat(Stream.of(TENANT_ID), NAMING.stream()).toList();

  /**
   * What the read-back variables say about each instance, by process instance key.
   *
   * @param variables root-scope variables of several instances (values JSON text)
   */
  static Map<Long, Facts> facts(List<Variable> variables) {
    Map<Long, Map<String, String>> byInstance = new HashMap<>();
    for (Variable variable : variables) {
      byInstance.computeIfAbsent(variable.getProcessInstanceKey(), k -> new HashMap<>())
          .put(variable.getName(), BusinessObjects.unquote(variable.getValue()));
    }
    Map<Long, Facts> facts = new HashMap<>();
    byInstance.forEach((key, values) -> facts.put(key,
        new Facts(values.get(TENANT_ID), BusinessObjects.from(values).orElse(null))));
    return facts;
  }

  /**
   * The tenant and business object of one instance, from its own variables.
   *
   * @param tenantId the {@code tenantId} variable, null when the instance has none
   */
  record Facts(String tenantId, BusinessObject businessObject) {

    /** Checked on what the cluster answered too, in case a search ignored the variable filter. */
    boolean ownedBy(UUID tenant) {
      return tenant.toString().equals(tenantId);
    }
  }

  static String jsonString(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static Consumer<VariableValueFilter> equalsString(String name, String value) {
    return v -> v.name(name).value(jsonString(value));
  }
}
