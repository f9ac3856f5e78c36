package io.flowpod.domain.consent;

import io.flowpod.domain.identity.SignedLinks;
import io.flowpod.domain.messaging.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The withdrawal link in every marketing message: {@code /c/{slug}/consent/withdraw?t=...&channel=...}.
 * The token names the customer (signed for this purpose and workspace, valid two years); the page
 * behind it withdraws the channel's marketing consent in one click.
 */
@Service
public class ConsentLinks {

  public static final String WITHDRAWAL_PURPOSE = "consent-withdrawal";
  private static final Duration VALIDITY = Duration.ofDays(730);

  private final SignedLinks links;
  private final Clock clock;

  ConsentLinks(SignedLinks links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  /** The path (without host) of the withdrawal page for this customer and channel. */
  public String withdrawalPath(String tenantSlug, UUID customerId, Channel channel) {
    return "/c/" + tenantSlug + "/consent/withdraw?t="
        + links.sign(WITHDRAWAL_PURPOSE, customerId, Instant.now(clock).plus(VALIDITY))
        + "&channel=" + channel.name();
  }

  /** The customer a withdrawal token names, if valid. */
  public Optional<UUID> customerOf(String token) {
    return links.verify(WITHDRAWAL_PURPOSE, token, Instant.now(clock));
  }
}
