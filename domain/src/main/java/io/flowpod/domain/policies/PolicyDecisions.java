package io.flowpod.domain.policies;

import io.flowpod.domain.platform.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which decision a flow of the current workspace calls: the workspace's own when it has an active
 * policy of that kind, else the shipped one. Flows receive the answer as process variables when they
 * start (and again when they are resumed), so a policy activated later applies to later instances.
 */
@Service
public class PolicyDecisions {

  private final PolicyCatalog catalog;
  private final PolicyStore store;

  PolicyDecisions(PolicyCatalog catalog, PolicyStore store) {
    this.catalog = catalog;
    this.store = store;
  }

  /** Decision variable to decision id for every policy kind of the process. */
  @Transactional(readOnly = true)
  public Map<String, String> variablesFor(String processId) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (PolicyKind kind : catalog.kinds()) {
      if (kind.processId().equals(processId)) {
        variables.put(kind.decisionVariable(), store.active(kind.kind()).isPresent()
            ? kind.decisionIdFor(TenantContext.require()) : kind.defaultDecisionId());
      }
    }
    return variables;
  }
}
