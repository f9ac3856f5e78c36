package io.flowpod.connectors.webhooks;

import io.flowpod.domain.webhooks.WebhookAddressPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a webhook's host when the client connects and refuses it unless every address is public:
 * the check happens on the very addresses the socket will use, so a DNS answer that changed since
 * registration (or between a check and the connection) cannot reach the internal network.
 */
final class GuardedDnsResolver implements DnsResolver {

  private final WebhookAddressPolicy policy;

  GuardedDnsResolver(WebhookAddressPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    return policy.resolve(host, port).stream().map(address -> new InetSocketAddress(address, port))
        .toList();
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    return policy.resolve(host, -1).toArray(InetAddress[]::new);
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return host;
  }
}
