/** The stock API: levels per product and location, adjustments by people, and the ledger. */
package io.flowpod.api.inventory;
