package io.flowpod.domain.ordering;

/** Why an order ended cancelled; shown on its timeline and in the customer's notice. */
public enum CancelCause { OUT_OF_STOCK, REJECTED, PAYMENT_TIMEOUT, PAYMENT_FAILED, REQUESTED }
