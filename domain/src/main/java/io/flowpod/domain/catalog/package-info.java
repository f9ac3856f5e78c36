/**
 * The catalog: a workspace's products and services with prices in minor units of the workspace's
 * currency, its custom field definitions and the values products hold for them, and CSV import and
 * export. {@link io.flowpod.domain.catalog.Products} is the entry point; {@link
 * io.flowpod.domain.catalog.CatalogException} carries every refusal with its field errors.
 */
package io.flowpod.domain.catalog;
