package io.flowpod.ui.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The customer pages' words in one language ({@code customer-pages/texts.<lang>.properties}, UTF-8):
 * {@code t.get('submit')}, {@code t.format('done.body', 'workspace', name)} in templates.
 */
public final class PageTexts {

  static final List<String> LANGUAGES = List.of("en", "it", "es", "ar");
  private static final Map<String, PageTexts> ALL = Map.of(
      "en", load("en"), "it", load("it"), "es", load("es"), "ar", load("ar"));

  private final String language;
  private final Properties texts;

  private PageTexts(String language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  /** The texts closest to a locale ("it-IT" -> Italian), English otherwise. */
  static PageTexts of(String locale) {
    String language = locale == null || locale.length() < 2 ? "en" : locale.substring(0, 2);
    return ALL.getOrDefault(language, ALL.get("en"));
  }

  public String language() {
    return language;
  }

  /** {@code rtl} for Arabic, for the page's {@code dir}. */
  public String direction() {
    return "ar".equals(language) ? "rtl" : "ltr";
  }

  public String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("No text " + key + " in " + language);
    }
    return text;
  }

  public String format(String key, String name, String value) {
    return get(key).replace("{" + name + "}", value);
  }

  public String format(String key, String name, String value, String name2, String value2) {
    return format(key, name, value).replace("{" + name2 + "}", value2);
  }

  /** A field's problem in this language (the domain's messages are English). */
  public String problem(String field) {
    String text = texts.getProperty("error." + field);
    return text != null ? text : get("problems");
  }

  private static PageTexts load(String language) {
    String path = "customer-pages/texts." + language + ".properties";
    try (InputStream in = PageTexts.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new PageTexts(language, properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
