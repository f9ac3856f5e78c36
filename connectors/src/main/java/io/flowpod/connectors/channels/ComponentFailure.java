package io.flowpod.connectors.channels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a camel-whatsapp or camel-telegram producer (4.14) tells about a refused send. Neither
 * component raises a typed exception for an HTTP error: both throw a plain {@code
 * RuntimeCamelException} whose message is the request URI, the status and the provider's body
 * (WhatsApp: {@code "<uri> responded: 400 and body: {...}"}, Telegram: {@code "<uri> responded:
 * 429{...}"}; camel-telegram's {@code TelegramException} is not used on the send path). The status
 * and body are read back from that message; the URI is dropped, as Telegram's contains the bot
 * token. For camel-telegram, {@link ProviderHttpClient} raises a {@link ProviderAnswerException}
 * instead, read first. Status 0 means no HTTP answer at all (a network failure, or {@link
 * ProviderHttpClient}'s synthetic 599).
 */
public record ComponentFailure(int status, String body, String cause) {

  private static final Pattern ANSWER = Pattern.compile(" responded: (\\d{3})(?: and body: )?(.*)",
      Pattern.DOTALL);

  public static ComponentFailure of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ProviderAnswerException answer) {
        return new ComponentFailure(answer.status(), answer.body(), null);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher answer = t.getMessage() == null ? null : ANSWER.matcher(t.getMessage());
      if (answer != null && answer.find()) {
        int status = Integer.parseInt(answer.group(1));
        return status == ProviderHttpClient.NOT_REACHABLE
            ? new ComponentFailure(0, "", answer.group(2).strip())
            : new ComponentFailure(status, answer.group(2), null);
      }
    }
    Throwable root = failure;
    while (root != null && root.getCause() != null) {
      root = root.getCause();
    }
    return new ComponentFailure(0, "", root == null ? "unknown" : root.getClass().getSimpleName());
  }

  public boolean answered() {
    return status > 0;
  }

  /** For messages and logs: the status, or the kind of network failure; never the URI. */
  public String describe(String provider) {
    return answered() ? provider + " answered HTTP " + status
        : provider + " not reachable (" + cause + ")";
  }
}
