/**
 * Inventory: stock per product and location (on hand, reserved, available) and the append-only ledger
 * of stock movements that always sums to it. {@link io.flowpod.domain.inventory.Stock} is the entry
 * point for levels and adjustments, {@link io.flowpod.domain.inventory.Reservations} for order holds
 * (with expiry, released by {@link io.flowpod.domain.inventory.HoldExpirySweeper}), {@link
 * io.flowpod.domain.inventory.ReorderRules} and {@link io.flowpod.domain.inventory.Replenishments}
 * for low-stock restocking (inventory-replenishment.bpmn) and {@link
 * io.flowpod.domain.inventory.DemandForecasts} for demand forecasts; {@link
 * io.flowpod.domain.inventory.StockException} carries every refusal.
 */
package io.flowpod.domain.inventory;
