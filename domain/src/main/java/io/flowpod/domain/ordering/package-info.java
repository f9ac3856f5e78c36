/**
 * Ordering: customers (minimal), orders with lines priced at order time, the order timeline, the
 * workspace's order policy, customer notices and signed status links. {@link
 * io.flowpod.domain.ordering.Orders} is the entry point; order-lifecycle.bpmn drives each order.
 */
package io.flowpod.domain.ordering;
