package io.flowpod.domain.ordering;

import java.util.UUID;

/** A customer of the workspace as the order screens and notices need it. */
public record Customer(UUID id, String name, String email, String phone, String locale) {}
