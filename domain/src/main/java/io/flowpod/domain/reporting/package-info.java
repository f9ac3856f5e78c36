/**
 * Reporting: small read models over the other capabilities' tables for the admin dashboard (orders
 * today, this month's revenue and profit, top products, low stock, revenue per day). Read-only SQL in
 * a tenant-scoped transaction; money in minor units of the workspace's currency. {@link
 * io.flowpod.domain.reporting.Dashboard} is the entry point.
 */
package io.flowpod.domain.reporting;
