package io.flowpod.domain.ordering;

/** The current workspace's order policy, {@link OrderSettings#DEFAULTS} until it changes it. */
@org.springframework.stereotype.Service
public class OrderSettingsStore {

  public OrderSettings current() {
    throw new UnsupportedOperationException("skeleton");
  }

  public OrderSettings update(OrderSettings settings) {
    throw new UnsupportedOperationException("skeleton");
  }
}
