package io.flowpod.api.reporting;

import io.flowpod.domain.reporting.Dashboard;
import io.flowpod.domain.reporting.DashboardView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin dashboard's figures for the caller's workspace. */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Reporting")
class DashboardController {

  private final Dashboard dashboard;

  DashboardController(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Today's orders, this month's revenue and profit, top products, low stock",
      description = "Roles: OWNER, ADMIN, MANAGER. Days in the workspace's time zone; money in "
          + "minor units of currency. Revenue = totals of CONFIRMED, SHIPPED and DELIVERED orders "
          + "(tax included); profit = their net minus cost. lowStock lists active products whose "
          + "available stock is at or below their reorder rule's threshold (lowStockThreshold "
          + "without a rule); revenueLast30Days has one entry per day, oldest first.")
  DashboardView current() {
    return dashboard.current();
  }
}
