package io.flowpod.domain.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product CSV format, shared by export and import: a header row, then one product per row.
 * Columns: {@value #COLUMNS_TEXT}, then {@code cf:<key>} per custom field. Prices and costs are
 * decimal amounts in the workspace's currency ({@code 12.50}); image URLs are separated by spaces.
 * Exported cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
 * leading {@code '}, which import removes again.
 */
final class ProductCsv {

  static final String COLUMNS_TEXT =
      "sku,name,kind,category,description,price,cost,currency,taxRateBasisPoints,imageUrls,active";
  static final List<String> COLUMNS = List.of(COLUMNS_TEXT.split(","));
  static final String CUSTOM_PREFIX = "cf:";
  private static final List<String> REQUIRED = List.of("sku", "name", "price");

  /** One parsed data row: its number (the header is row 1) and its draft. */
  record Row(int number, ProductDraft draft) {}

  private ProductCsv() {}

  static String export(List<Product> products, List<CustomFieldDefinition> definitions) {
    List<String> header = new ArrayList<>(COLUMNS);
    definitions.forEach(definition -> header.add(CUSTOM_PREFIX + definition.key()));
    StringBuilder csv = new StringBuilder(Csv.line(header));
    for (Product product : products) {
      List<String> cells = new ArrayList<>(List.of(product.sku(), product.name(),
          product.kind().name(), orEmpty(product.category()), orEmpty(product.description()),
          Money.toDecimal(product.priceMinor(), product.currency()),
          product.costMinor() == null ? "" : Money.toDecimal(product.costMinor(), product.currency()),
          product.currency(), Integer.toString(product.taxRateBasisPoints()),
          String.join(" ", product.imageUrls()), Boolean.toString(product.active())));
      definitions.forEach(definition ->
          cells.add(CustomFieldRules.toText(product.customFields().get(definition.key()))));
      csv.append(Csv.line(cells.stream().map(ProductCsv::defuse).toList()));
    }
    return csv.toString();
  }

  /**
   * The rows of an import file as drafts, or every problem of the file in {@code violations}
   * ({@code row N.<column>}; structural problems of the header under {@code row 1}). Value checks
   * that need no database run here; {@link ProductRules} runs later on each draft.
   */
  static List<Row> parse(String text, String workspaceCurrency,
      Map<String, CustomFieldDefinition> definitions, Map<String, String> violations) {
    List<List<String>> records;
    try {
      records = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      violations.put("file", "is not valid CSV: " + e.getMessage());
      return List.of();
    }
    if (records.isEmpty()) {
      violations.put("file", "is empty; it needs a header row");
      return List.of();
    }
    List<String> header = records.getFirst().stream().map(String::strip).toList();
    checkHeader(header, definitions, violations);
    if (!violations.isEmpty()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      int number = i + 1;
      List<String> cells = records.get(i);
      if (cells.size() != header.size()) {
        violations.put("row " + number, "has " + cells.size() + " fields; the header has "
            + header.size());
        continue;
      }
      Map<String, String> byColumn = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        byColumn.put(header.get(c), restore(cells.get(c)));
      }
      rows.add(new Row(number, draft(byColumn, number, workspaceCurrency, definitions, violations)));
    }
    return rows;
  }

  /** Renames the draft's field names in a violation to the CSV's column names. */
  static String column(String field) {
    return field.replace(".priceMinor", ".price").replace(".costMinor", ".cost")
        .replace(".customFields.", "." + CUSTOM_PREFIX);
  }

  private static void checkHeader(List<String> header,
      Map<String, CustomFieldDefinition> definitions, Map<String, String> violations) {
    for (String column : header) {
      boolean known = COLUMNS.contains(column) || (column.startsWith(CUSTOM_PREFIX)
          && definitions.containsKey(column.substring(CUSTOM_PREFIX.length())));
      if (!known) {
        violations.put("row 1." + column, "is not a known column");
      } else if (header.indexOf(column) != header.lastIndexOf(column)) {
        violations.put("row 1." + column, "appears more than once");
      }
    }
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        violations.put("row 1." + column, "column is required");
      }
    }
  }

  private static ProductDraft draft(Map<String, String> cells, int number, String workspaceCurrency,
      Map<String, CustomFieldDefinition> definitions, Map<String, String> violations) {
    String prefix = "row " + number + ".";
    String currency = blankToNull(cells.get("currency"));
    String amountCurrency = currency == null ? workspaceCurrency : currency;
    Map<String, Object> customFields = new LinkedHashMap<>();
    cells.forEach((column, value) -> {
      if (column.startsWith(CUSTOM_PREFIX)) {
        CustomFieldDefinition definition = definitions.get(column.substring(CUSTOM_PREFIX.length()));
        customFields.put(definition.key(), CustomFieldRules.fromText(definition, value));
      }
    });
    return new ProductDraft(cells.get("sku"), cells.get("name"), cells.get("description"),
        cells.get("category"), cells.get("kind"),
        amount(cells.get("price"), amountCurrency, prefix + "price", violations), currency,
        amount(cells.get("cost"), amountCurrency, prefix + "cost", violations),
        integer(cells.get("taxRateBasisPoints"), prefix + "taxRateBasisPoints", violations),
        images(cells.get("imageUrls")), flag(cells.get("active"), prefix + "active", violations),
        customFields);
  }

  private static Long amount(String cell, String currency, String field,
      Map<String, String> violations) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    try {
      return Money.toMinor(cell, currency);
    } catch (IllegalArgumentException e) {
      violations.put(field, e.getMessage());
      return null;
    }
  }

  private static Integer integer(String cell, String field, Map<String, String> violations) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(cell.strip());
    } catch (NumberFormatException e) {
      violations.put(field, "must be a whole number");
      return null;
    }
  }

  private static Boolean flag(String cell, String field, Map<String, String> violations) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    return switch (cell.strip().toLowerCase()) {
      case "true", "yes", "1" -> Boolean.TRUE;
      case "false", "no", "0" -> Boolean.FALSE;
      default -> {
        violations.put(field, "must be true or false");
        yield null;
      }
    };
  }

  private static List<String> images(String cell) {
    return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.strip().split("\\s+"));
  }

  /** Neutralises a cell a spreadsheet would evaluate as a formula (OWASP CSV injection). */
  static String defuse(String cell) {
    return isFormulaStart(cell, 0) ? "'" + cell : cell;
  }

  /** Undoes {@link #defuse}: a quote followed by a formula character was added on export. */
  static String restore(String cell) {
    return cell.startsWith("'") && isFormulaStart(cell, 1) ? cell.substring(1) : cell;
  }

  private static boolean isFormulaStart(String cell, int index) {
    return cell.length() > index && "=+-@\t\r".indexOf(cell.charAt(index)) >= 0;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
