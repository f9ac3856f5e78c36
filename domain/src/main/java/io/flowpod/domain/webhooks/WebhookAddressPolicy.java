package io.flowpod.domain.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks off FlowPod's own network (SSRF): only http(s) URLs whose host resolves to public
 * addresses only. Refused: loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16,
 * cloud metadata), CGNAT (100.64/10), multicast, unspecified, reserved IPv4 ranges, IPv6 ::1,
 * fc00::/7, fe80::/10, fec0::/10, and IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64,
 * 6to4) that fall in those ranges. Checked at registration and again at every connection, since DNS
 * can change in between.
 *
 * <p>{@code flowpod.webhooks.test-allowed-origins} lists exact {@code host:port} pairs exempt from the
 * rule, for a test's local receiver only; production leaves it empty.
 */
@Component
public class WebhookAddressPolicy {

  private final Set<String> exemptOrigins;

  public WebhookAddressPolicy(
      @Value("${flowpod.webhooks.test-allowed-origins:}") List<String> exemptOrigins) {
    this.exemptOrigins = exemptOrigins.stream().map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Why {@code url} may not be an endpoint, as a message for the {@code url} field; empty if fine. */
  public Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("must be a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getRawAuthority() == null) {
      return Optional.of("must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not contain a user name or password");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not contain a fragment");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    try {
      resolve(uri.getHost(), port);
      return Optional.empty();
    } catch (RefusedAddressException e) {
      return Optional.of(e.getMessage());
    } catch (UnknownHostException e) {
      return Optional.of("the host does not resolve");
    }
  }

  /**
   * The host's addresses when every one of them is public (or the origin is exempt).
   *
   * @throws RefusedAddressException when one of them is not public
   */
  public List<InetAddress> resolve(String host, int port) throws UnknownHostException {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
        : host;
    List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(bare));
    if (port > 0 && exemptOrigins.contains(host.toLowerCase(Locale.ROOT) + ":" + port)) {
      return addresses;
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new RefusedAddressException("must not point to a private, loopback or link-local "
            + "address (" + host + " resolves to " + address.getHostAddress() + ")");
      }
    }
    return addresses;
  }

  /** Whether an address is reachable on the public internet (not ours, not a neighbour's). */
  public static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicIpv4(b);
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return false; // fc00::/7 unique local
      }
      if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        return isPublicIpv4(Arrays.copyOfRange(b, 12, 16)); // ::ffff:a.b.c.d mapped
      }
      if (zero(b, 0, 12)) {
        return isPublicIpv4(Arrays.copyOfRange(b, 12, 16)); // ::a.b.c.d compatible (and ::, ::1)
      }
      if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
          && (b[3] & 0xff) == 0x9b && zero(b, 4, 12)) {
        return isPublicIpv4(Arrays.copyOfRange(b, 12, 16)); // 64:ff9b::/96 NAT64
      }
      if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
        return isPublicIpv4(Arrays.copyOfRange(b, 2, 6)); // 2002::/16 6to4
      }
      return true;
    }
    return false;
  }

  private static boolean isPublicIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    return !(a0 == 0 // 0.0.0.0/8 "this network"
        || a0 == 10
        || a0 == 127
        || (a0 == 100 && a1 >= 64 && a1 <= 127) // CGNAT 100.64/10
        || (a0 == 169 && a1 == 254)
        || (a0 == 172 && a1 >= 16 && a1 <= 31)
        || (a0 == 192 && a1 == 168)
        || (a0 == 192 && a1 == 0 && a2 == 0) // 192.0.0.0/24 protocol assignments
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
        || a0 >= 224); // multicast 224/4, reserved 240/4, broadcast
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The host resolves to an address webhooks may not reach. */
  public static class RefusedAddressException extends UnknownHostException {
    RefusedAddressException(String message) {
      super(message);
    }
  }
}
