package io.flowpod.workers.policies;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.policies.Policies;
import io.flowpod.domain.tenancy.Tenants;
import io.flowpod.workers.platform.ProcessDeployer;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys every workspace's active policy versions at start, after the shipped models and before flow
 * resumption re-enters orders that call them: the in-memory engine starts empty. In cluster mode the
 * engine recognises each one as unchanged. A workspace whose policies cannot be deployed is logged
 * and skipped (its flows would stop at the decision with an incident until an admin activates again).
 */
@Component
@Order(ProcessDeployer.ORDER + 5)
class PolicyRedeployer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PolicyRedeployer.class);

  private final Tenants tenants;
  private final Policies policies;

  PolicyRedeployer(Tenants tenants, Policies policies) {
    this.tenants = tenants;
    this.policies = policies;
  }

  @Override
  public void run(ApplicationArguments args) {
    int deployed = 0;
    for (UUID tenantId : tenants.activeTenantIds()) {
      try {
        deployed += TenantContext.callAs(tenantId, policies::redeployActive);
      } catch (RuntimeException e) {
        log.error("Could not deploy the active policies of workspace {}: {}", tenantId,
            e.getMessage());
      }
    }
    log.info("Policies: {} active workspace decisions deployed", deployed);
  }
}
