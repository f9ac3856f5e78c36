package io.flowpod.connectors.channels;

import io.flowpod.domain.notifications.ChannelDeliveryException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retry and backoff every outbound channel route shares ({@code flowpod.channels.retry.*}):
 * {@link RetryableSendException}s are redelivered with exponential backoff, or after the delay the
 * provider asked for (a route sets {@link #retryAfter}); anything else fails at once. Logs name the
 * route and exchange, never addresses or texts.
 */
@Component
public class ChannelRetry {

  private final int maxRedeliveries;
  private final long delayMillis;
  private final long maxDelayMillis;
  private final long maxRetryAfterMillis;

  public ChannelRetry(@Value("${flowpod.channels.retry.max-redeliveries:3}") int maxRedeliveries,
      @Value("${flowpod.channels.retry.delay-millis:500}") long delayMillis,
      @Value("${flowpod.channels.retry.max-delay-millis:30000}") long maxDelayMillis,
      @Value("${flowpod.channels.retry.max-retry-after-millis:60000}") long maxRetryAfterMillis) {
    this.maxRedeliveries = maxRedeliveries;
    this.delayMillis = delayMillis;
    this.maxDelayMillis = maxDelayMillis;
    this.maxRetryAfterMillis = maxRetryAfterMillis;
  }

  public int maxRedeliveries() {
    return maxRedeliveries;
  }

  /** Adds the shared exception handling to the builder's routes. */
  public void applyTo(RouteBuilder routes) {
    routes.onException(RetryableSendException.class)
        .maximumRedeliveries(maxRedeliveries)
        .redeliveryDelay(delayMillis)
        .useExponentialBackOff().backOffMultiplier(2)
        .maximumRedeliveryDelay(maxDelayMillis)
        .retryAttemptedLogLevel(LoggingLevel.WARN)
        .logExhaustedMessageHistory(false).logExhaustedMessageBody(false).logStackTrace(false)
        .handled(false);
    // A refusal is logged once by the caller, with the message id and subject; not here again.
    routes.onException(ChannelDeliveryException.class).maximumRedeliveries(0)
        .logExhausted(false).handled(false);
  }

  /** Makes the next redelivery wait what the provider asked (capped), instead of the backoff. */
  public void retryAfter(Exchange exchange, long seconds) {
    exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY,
        Math.min(Math.max(0, seconds) * 1000, maxRetryAfterMillis));
  }

  /** Back to the shared backoff for the next redelivery. */
  public void usualBackoff(Exchange exchange) {
    exchange.getIn().removeHeader(Exchange.REDELIVERY_DELAY);
  }
}
