package io.flowpod.ui.storefront;

import java.net.URI;

/**
 * Links to FlowPod's own pages (the order status page, the test payment page) reduced to path and
 * query: the visitor stays on the host they are using, whatever public URL the link was built with.
 */
final class OwnLinks {

  private OwnLinks() {}

  static String pathAndQuery(String url) {
    URI uri = URI.create(url);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
