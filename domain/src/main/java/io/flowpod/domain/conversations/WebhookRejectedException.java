package io.flowpod.domain.conversations;

/**
 * A webhook delivery that cannot be proven to come from the provider (missing or wrong signature or
 * secret token, or the platform has none configured). Nothing of it is stored.
 */
public class WebhookRejectedException extends RuntimeException {

  public WebhookRejectedException(String message) {
    super(message);
  }
}
