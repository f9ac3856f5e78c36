package io.flowpod.domain.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Template texts from {@code messages/<template>.<lang>.properties} (UTF-8): {@code subject} and
 * {@code body} with {@code {param}} placeholders, optionally {@code whatsapp.template} (the approved
 * WhatsApp template's name, default {@value #DEFAULT_WHATSAPP_TEMPLATE}) and {@code whatsapp.params}
 * (the params, comma separated, that fill it; default: the rendered subject). The language is the
 * customer's, else the workspace's, else English.
 */
@Component
public class MessageTemplates {

  static final String DEFAULT_WHATSAPP_TEMPLATE = "flowpod_update";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final Map<String, Optional<Properties>> cache = new ConcurrentHashMap<>();

  /** A template rendered in one language. */
  public record Rendered(String language, String subject, String body, String whatsAppTemplate,
      List<String> whatsAppParams) {}

  /**
   * Renders {@code template} in the first of {@code customerLocale}, {@code workspaceLocale} and
   * English that has texts.
   *
   * @throws IllegalArgumentException when the template has no English texts
   */
  public Rendered render(String template, Map<String, String> params, String customerLocale,
      String workspaceLocale) {
    for (String language : candidates(customerLocale, workspaceLocale)) {
      Optional<Properties> texts = texts(template, language);
      if (texts.isPresent()) {
        Properties p = texts.get();
        String subject = fill(p.getProperty("subject", template), params);
        String body = fill(p.getProperty("body", ""), params);
        List<String> waParams = new ArrayList<>();
        String names = p.getProperty("whatsapp.params");
        if (names == null || names.isBlank()) {
          waParams.add(subject);
        } else {
          Arrays.stream(names.split(",")).map(String::strip)
              .forEach(name -> waParams.add(params.getOrDefault(name, "")));
        }
        return new Rendered(language, subject, body,
            p.getProperty("whatsapp.template", DEFAULT_WHATSAPP_TEMPLATE), waParams);
      }
    }
    throw new IllegalArgumentException("The template " + template + " has no texts (messages/"
        + template + ".en.properties)");
  }

  static List<String> candidates(String customerLocale, String workspaceLocale) {
    LinkedHashSet<String> languages = new LinkedHashSet<>();
    for (String locale : new String[] {customerLocale, workspaceLocale, "en"}) {
      if (locale != null && !locale.isBlank()) {
        languages.add(Locale.forLanguageTag(locale.replace('_', '-')).getLanguage());
      }
    }
    languages.remove("");
    return List.copyOf(languages);
  }

  private Optional<Properties> texts(String template, String language) {
    return cache.computeIfAbsent(template + "." + language, key -> {
      try (InputStream in = MessageTemplates.class.getClassLoader()
          .getResourceAsStream("messages/" + key + ".properties")) {
        if (in == null) {
          return Optional.empty();
        }
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return Optional.of(properties);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the texts of " + key, e);
      }
    });
  }

  static String fill(String text, Map<String, String> params) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = params.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
