package io.flowpod.domain.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a {@link ProductDraft} against the workspace's currency and custom fields, applies the
 * defaults and reports every problem at once, each field name prefixed (empty for the API,
 * {@code "row 7."} for a CSV row).
 */
final class ProductRules {

  static final int MAX_IMAGES = 10;
  private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");

  private ProductRules() {}

  /** The valid product, or null when problems were added to {@code violations}. */
  static ValidProduct check(ProductDraft draft, String workspaceCurrency,
      Map<String, CustomFieldDefinition> definitions, String prefix,
      Map<String, String> violations) {
    int before = violations.size();
    if (draft.sku() == null || !SKU.matcher(draft.sku().strip()).matches()) {
      violations.put(prefix + "sku",
          "must be 1-64 letters, digits or . _ / - starting with a letter or digit");
    }
    text(draft.name(), true, 200, prefix + "name", violations);
    text(draft.description(), false, 5000, prefix + "description", violations);
    text(draft.category(), false, 100, prefix + "category", violations);
    ProductKind kind = kind(draft.kind(), prefix, violations);
    String currency = draft.currency() == null ? workspaceCurrency : draft.currency();
    if (!workspaceCurrency.equals(currency)) {
      violations.put(prefix + "currency", "must be the workspace's currency " + workspaceCurrency);
    }
    if (draft.priceMinor() == null) {
      violations.put(prefix + "priceMinor", "is required");
    } else {
      amount(draft.priceMinor(), prefix + "priceMinor", violations);
    }
    if (draft.costMinor() != null) {
      amount(draft.costMinor(), prefix + "costMinor", violations);
    }
    int taxRate = draft.taxRateBasisPoints() == null ? 0 : draft.taxRateBasisPoints();
    if (taxRate < 0 || taxRate > 10_000) {
      violations.put(prefix + "taxRateBasisPoints", "must be 0 to 10000 (0% to 100%)");
    }
    List<String> images = images(draft.imageUrls(), prefix, violations);
    Map<String, Object> customFields =
        CustomFieldRules.check(draft.customFields(), definitions, prefix, violations);
    if (violations.size() > before) {
      return null;
    }
    return new ValidProduct(draft.sku().strip(), draft.name().strip(), blankToNull(draft.description()),
        blankToNull(draft.category()), kind, draft.priceMinor(), currency, draft.costMinor(), taxRate,
        images, draft.active() == null || draft.active(), customFields);
  }

  private static ProductKind kind(String kind, String prefix, Map<String, String> violations) {
    if (kind == null || kind.isBlank()) {
      return ProductKind.PRODUCT;
    }
    for (ProductKind candidate : ProductKind.values()) {
      if (candidate.name().equals(kind.strip().toUpperCase())) {
        return candidate;
      }
    }
    violations.put(prefix + "kind", "must be PRODUCT or SERVICE");
    return null;
  }

  private static void text(String value, boolean required, int max, String field,
      Map<String, String> violations) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.put(field, "is required");
      }
    } else if (value.strip().length() > max) {
      violations.put(field, "must be at most " + max + " characters");
    }
  }

  private static void amount(long minor, String field, Map<String, String> violations) {
    if (minor < 0 || minor > Money.MAX_MINOR) {
      violations.put(field, "must be 0 to " + Money.MAX_MINOR + " minor units");
    }
  }

  private static List<String> images(List<String> urls, String prefix,
      Map<String, String> violations) {
    List<String> images = urls == null ? List.of() : urls;
    if (images.size() > MAX_IMAGES) {
      violations.put(prefix + "imageUrls", "must hold at most " + MAX_IMAGES + " URLs");
      return List.of();
    }
    List<String> valid = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      String url = images.get(i) == null ? null : images.get(i).strip();
      if (isWebUrl(url)) {
        valid.add(url);
      } else {
        violations.put(prefix + "imageUrls[" + i + "]", "must be an http or https URL");
      }
    }
    return valid;
  }

  static boolean isWebUrl(String url) {
    if (url == null || url.length() > 2000) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
