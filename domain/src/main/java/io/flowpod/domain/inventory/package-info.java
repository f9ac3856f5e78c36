/**
 * Inventory: stock per product and location (on hand, reserved, available) and the append-only ledger
 * of stock movements that always sums to it. {@link io.flowpod.domain.inventory.Stock} is the entry
 * point; {@link io.flowpod.domain.inventory.StockException} carries every refusal.
 */
package io.flowpod.domain.inventory;
