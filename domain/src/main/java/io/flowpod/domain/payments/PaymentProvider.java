package io.flowpod.domain.payments;

/** MANUAL: instructions, staff records the payment. TEST: the embedded test page. STRIPE: Checkout. */
public enum PaymentProvider { MANUAL, TEST, STRIPE }
