package io.flowpod.domain.ordering;

import java.util.UUID;

/** The notify step for orders: renders the notice and sends it once per order and notice. */
@org.springframework.stereotype.Service
public class OrderNotices {

  public void send(UUID orderId, OrderNotice notice) {
    throw new UnsupportedOperationException("skeleton");
  }
}
