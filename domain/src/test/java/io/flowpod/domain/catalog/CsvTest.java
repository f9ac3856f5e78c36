package io.flowpod.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesOnlyWhatMustBeQuotedAndEndsRecordsWithCrlf() {
    assertThat(Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "")))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
  }

  @Test
  void parsesWhatItWritesIncludingEmbeddedNewlinesAndQuotes() {
    List<String> fields = List.of("x", "a,b", "say \"hi\"", "two\r\nlines", "");
    String text = Csv.line(List.of("h1", "h2", "h3", "h4", "h5")) + Csv.line(fields);
    assertThat(Csv.parse(text)).containsExactly(List.of("h1", "h2", "h3", "h4", "h5"), fields);
  }

  @Test
  void acceptsLfLineEndsABomAndNoFinalNewlineAndSkipsBlankLines() {
    assertThat(Csv.parse("\uFEFFa,b\n\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void refusesAnUnclosedQuoteAndAQuoteInsideAnUnquotedField() {
    assertThatThrownBy(() -> Csv.parse("a,\"b\n")).hasMessageContaining("not closed");
    assertThatThrownBy(() -> Csv.parse("a,b\"c\n")).hasMessageContaining("unquoted");
  }
}
