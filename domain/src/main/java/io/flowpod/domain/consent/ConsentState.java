package io.flowpod.domain.consent;

/** A ledger entry's effect. Only {@link #GRANTED} allows; e-mail marketing is pending until confirmed. */
public enum ConsentState {
  GRANTED, PENDING_CONFIRMATION, WITHDRAWN, DECLINED
}
