package io.flowpod.domain.notifications;

import io.flowpod.domain.tenancy.Tenant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns a rendered template into what each channel sends: plain text with the workspace's name as
 * signature, and for e-mail an HTML part in the workspace's branding (name, colour, logo), right to
 * left for Arabic. Marketing messages end with the withdrawal link.
 */
@Component
class MessageComposer {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final String DEFAULT_COLOR = "#2f5d8a";
  private static final Map<String, String> STOP_WORDS = Map.of(
      "en", "To stop these messages:",
      "it", "Per non ricevere più questi messaggi:",
      "es", "Para dejar de recibir estos mensajes:",
      "ar", "لإيقاف هذه الرسائل:");

  record Composed(String text, String html) {}

  Composed compose(Tenant tenant, String language, String body, String withdrawalUrl) {
    StringBuilder text = new StringBuilder(body.strip()).append("\n\n").append(tenant.name());
    if (withdrawalUrl != null) {
      text.append("\n\n").append(STOP_WORDS.getOrDefault(language, STOP_WORDS.get("en")))
          .append(' ').append(withdrawalUrl);
    }
    String plain = text.append('\n').toString();
    return new Composed(plain, html(tenant, language, body, withdrawalUrl));
  }

  private static String html(Tenant tenant, String language, String body, String withdrawalUrl) {
    String color = tenant.brandColor() != null && tenant.brandColor().matches("#[0-9a-fA-F]{3,8}")
        ? tenant.brandColor() : DEFAULT_COLOR;
    String dir = "ar".equals(language) ? "rtl" : "ltr";
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(language)
        .append("\" dir=\"").append(dir).append("\"><body style=\"font-family:sans-serif\">")
        .append("<div style=\"border-top:4px solid ").append(color).append(";padding:12px\">");
    if (tenant.logoUrl() != null && tenant.logoUrl().startsWith("https://")) {
      html.append("<img src=\"").append(escape(tenant.logoUrl())).append("\" alt=\"")
          .append(escape(tenant.name())).append("\" style=\"max-height:48px\">");
    } else {
      html.append("<h2 style=\"color:").append(color).append("\">").append(escape(tenant.name()))
          .append("</h2>");
    }
    for (String paragraph : body.strip().split("\n\\s*\n")) {
      html.append("<p>").append(linked(escape(paragraph)).replace("\n", "<br>")).append("</p>");
    }
    html.append("<p>").append(escape(tenant.name())).append("</p>");
    if (withdrawalUrl != null) {
      html.append("<p style=\"font-size:small\">")
          .append(escape(STOP_WORDS.getOrDefault(language, STOP_WORDS.get("en"))))
          .append(" <a href=\"").append(escape(withdrawalUrl)).append("\">")
          .append(escape(withdrawalUrl)).append("</a></p>");
    }
    return html.append("</div></body></html>").toString();
  }

  private static String linked(String escaped) {
    Matcher m = LINK.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(
          "<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
