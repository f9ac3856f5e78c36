package io.flowpod.domain.operations;

/**
 * The business object a process instance works on, e.g. {@code ("order", "<uuid>", "Order 1042")}.
 *
 * @param type lower-case kebab name: order, replenishment, invoice, appointment, pledge,
 *     registration, data-request, flow-check
 * @param id the object's id as the flow's variables carry it
 * @param label what an operator calls it ("Order 1042"); the id when there is no number
 */
public record BusinessObject(String type, String id, String label) {}
