/**
 * The stock API: levels per product and location, adjustments by people, the ledger, reorder rules,
 * replenishments and demand forecasts.
 */
package io.flowpod.api.inventory;
