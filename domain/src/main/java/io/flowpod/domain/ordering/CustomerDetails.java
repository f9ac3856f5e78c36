package io.flowpod.domain.ordering;

/** Who orders: stored on the customer record, never in process variables. */
public record CustomerDetails(String name, String email, String phone, String locale) {}
