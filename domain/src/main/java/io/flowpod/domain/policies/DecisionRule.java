package io.flowpod.domain.policies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a decision table: an input entry per input column (a FEEL unary test such as
 * {@code >= 10000}, {@code "STOREFRONT"} or {@code -} for any value), an output literal per output
 * column and an optional description shown in the admin and Camunda Modeler.
 */
public record DecisionRule(List<String> inputs, List<String> outputs, String description) {

  public DecisionRule {
    inputs = inputs == null ? List.of() : Collections.unmodifiableList(
        new ArrayList<>(inputs));
    outputs = outputs == null ? List.of() : Collections.unmodifiableList(
        new ArrayList<>(outputs));
  }
}
