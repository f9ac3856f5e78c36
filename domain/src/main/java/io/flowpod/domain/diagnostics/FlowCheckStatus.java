package io.flowpod.domain.diagnostics;

public enum FlowCheckStatus {
  REQUESTED,
  COMPLETED
}
