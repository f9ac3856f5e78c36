package io.flowpod.domain.catalog;

import java.util.List;

/**
 * A custom field the workspace defines for its products.
 *
 * @param key      stable identifier ({@code ^[a-z][a-z0-9_]{0,39}$}), the key in a product's values
 * @param label    what forms show
 * @param type     the value type
 * @param required whether every product must have a value
 * @param options  the allowed values of a DROPDOWN (empty for every other type)
 */
public record CustomFieldDefinition(String key, String label, CustomFieldType type, boolean required,
    List<String> options) {

  public CustomFieldDefinition {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
