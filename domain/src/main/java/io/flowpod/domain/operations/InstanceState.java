package io.flowpod.domain.operations;

/** A process instance as an operator sees it: INCIDENT is an active instance with an open incident. */
public enum InstanceState {
  ACTIVE,
  INCIDENT,
  COMPLETED,
  CANCELED;

  public boolean running() {
    return this == ACTIVE || this == INCIDENT;
  }
}
