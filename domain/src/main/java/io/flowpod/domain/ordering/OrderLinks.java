package io.flowpod.domain.ordering;

/** Signed links to an order's public status page: /shop/{slug}/orders/{number}?t={token}. */
@org.springframework.stereotype.Service
public class OrderLinks {

  public String statusUrl(Order order) {
    throw new UnsupportedOperationException("skeleton");
  }

  public boolean verify(long orderNumber, String token) {
    throw new UnsupportedOperationException("skeleton");
  }
}
