package io.flowpod.ui.storefront;

/** One step of an order's timeline as the customer reads it: when (local and ISO) and what. */
public record TimelineEntry(String when, String isoWhen, String what, String cause) {}
