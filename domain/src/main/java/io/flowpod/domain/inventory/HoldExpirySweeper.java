package io.flowpod.domain.inventory;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives back stock held for orders that were not paid in time: every 30 s, for each active
 * workspace in turn (under its tenant, so row-level security applies), held reservations past their
 * expiry are released with the movement reason "Hold expired". One workspace's failure does not stop
 * the others; the next sweep retries.
 */
@Component
public class HoldExpirySweeper {

  private static final Logger log = LoggerFactory.getLogger(HoldExpirySweeper.class);

  private final Tenants tenants;
  private final Reservations reservations;

  HoldExpirySweeper(Tenants tenants, Reservations reservations) {
    this.tenants = tenants;
    this.reservations = reservations;
  }

  /** Runs one sweep over every active workspace; answers how many holds were released. */
  @Scheduled(fixedDelayString = "${flowpod.inventory.hold-sweep-interval:PT30S}",
      initialDelayString = "${flowpod.inventory.hold-sweep-interval:PT30S}")
  public int sweep() {
    int released = 0;
    for (UUID tenantId : tenants.activeTenantIds()) {
      try {
        released += TenantContext.callAs(tenantId, reservations::releaseExpired);
      } catch (RuntimeException e) {
        log.warn("Releasing expired stock holds of tenant {} failed this time: {}", tenantId,
            e.toString());
      }
    }
    return released;
  }
}
