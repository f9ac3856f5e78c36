package io.flowpod.domain.policies;

import java.util.List;
import java.util.UUID;

/**
 * A decision a flow delegates to a policy: its columns, the shipped decision ({@code defaultDecisionId},
 * deployed from {@code processes/}) and the process variable through which the flow learns which
 * decision to call. Declared as a bean by the capability that owns the flow.
 *
 * @param kind stable key, also the shipped decision id's stem (kebab-case)
 * @param decisionVariable the variable holding the decision id, read by the flow's business rule task
 * @param processId the flow that calls the decision
 * @param starterTable the table the admin editor starts from (the shipped decision's rules)
 */
public record PolicyKind(String kind, String title, String description, String defaultDecisionId,
    String decisionVariable, String processId, List<PolicyColumn> inputs,
    List<PolicyColumn> outputs, DecisionTable starterTable) {

  public PolicyKind {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The workspace's own decision id: a valid XML id, stable across versions (the engine versions it). */
  public String decisionIdFor(UUID tenantId) {
    return kind + "--t" + tenantId.toString().replace("-", "");
  }

  /** Where drafts are deployed to be tried out; flows never call it. */
  public String draftDecisionIdFor(UUID tenantId) {
    return decisionIdFor(tenantId) + "--draft";
  }
}
