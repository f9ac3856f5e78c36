package io.flowpod.domain.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values: fields quoted when they contain a comma, quote, CR or LF, quotes
 * doubled, records ended by CRLF (LF alone is accepted on input). A leading byte-order mark is
 * ignored.
 */
final class Csv {

  private Csv() {}

  /**
   * The records of {@code text}; blank lines are skipped.
   *
   * @throws IllegalArgumentException when a quoted field is not closed or a quote appears mid-field
   */
  static List<List<String>> parse(String text) {
    String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new IllegalArgumentException("a quote inside an unquoted field");
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        addUnlessBlank(records, record);
        record = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    if (field.length() > 0 || wasQuoted || !record.isEmpty()) {
      record.add(field.toString());
      addUnlessBlank(records, record);
    }
    return records;
  }

  /** One record, each field quoted only when it must be, ended by CRLF. */
  static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String field = fields.get(i) == null ? "" : fields.get(i);
      if (field.contains(",") || field.contains("\"") || field.contains("\r")
          || field.contains("\n")) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.append("\r\n").toString();
  }

  private static void addUnlessBlank(List<List<String>> records, List<String> record) {
    if (!(record.size() == 1 && record.getFirst().isEmpty())) {
      records.add(record);
    }
  }
}
