package io.flowpod.domain.ordering;

public enum OrderStatus { PENDING_PAYMENT, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, REFUNDED }
