/**
 * Payments on the web: the Stripe webhook endpoint (raw body, signature verified in the domain before
 * anything is trusted), the workspace's payment settings (secrets write-only), and staff recording a
 * manual payment of an order.
 */
package io.flowpod.api.payments;
