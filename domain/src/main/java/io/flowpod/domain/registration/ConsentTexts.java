package io.flowpod.domain.registration;

import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.messaging.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The consent texts of the current policy version, per language ({@code consent/texts.<lang>.properties},
 * UTF-8), with the workspace's name put in. The form shows exactly what the ledger records.
 */
@Component
public class ConsentTexts {

  public static final String POLICY_VERSION = "2026-11-1";
  public static final List<String> LANGUAGES = List.of("en", "it", "es", "ar");

  private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

  /** The supported language closest to {@code locale} ("it-IT" -> "it"), English otherwise. */
  public static String language(String locale) {
    if (locale == null || locale.length() < 2) {
      return "en";
    }
    String language = locale.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
    return LANGUAGES.contains(language) ? language : "en";
  }

  /** The text for a purpose (and channel, for marketing) in a language, naming the workspace. */
  public String text(ConsentPurpose purpose, Channel channel, String language, String workspace) {
    String key = switch (purpose) {
      case ORDER_PROCESSING -> "order-processing";
      case AI_ASSISTANT -> "ai-assistant";
      case MARKETING -> "marketing." + channel.name();
    };
    String template = texts(language(language)).getProperty(key);
    if (template == null) {
      throw new IllegalStateException("No consent text " + key + " for " + language);
    }
    return template.replace("{workspace}", workspace);
  }

  private Properties texts(String language) {
    return byLanguage.computeIfAbsent(language, ConsentTexts::load);
  }

  private static Properties load(String language) {
    String path = "consent/texts." + language + ".properties";
    try (InputStream in = ConsentTexts.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (!POLICY_VERSION.equals(properties.getProperty("policy.version"))) {
        throw new IllegalStateException(path + " is not policy version " + POLICY_VERSION);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
