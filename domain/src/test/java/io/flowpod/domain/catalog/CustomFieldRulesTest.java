package io.flowpod.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldRulesTest {

  static final Map<String, CustomFieldDefinition> DEFINITIONS = Map.of(
      "color", new CustomFieldDefinition("color", "Colour", CustomFieldType.DROPDOWN, true,
          List.of("red", "blue")),
      "weight", new CustomFieldDefinition("weight", "Weight (g)", CustomFieldType.NUMBER, false, null),
      "ratio", new CustomFieldDefinition("ratio", "Ratio", CustomFieldType.DECIMAL, false, null),
      "since", new CustomFieldDefinition("since", "Since", CustomFieldType.DATE, false, null),
      "organic", new CustomFieldDefinition("organic", "Organic", CustomFieldType.CHECKBOX, false, null),
      "note", new CustomFieldDefinition("note", "Note", CustomFieldType.TEXT, false, null));

  @Test
  void acceptsAndNormalisesValuesOfTheRightType() {
    Map<String, String> violations = new LinkedHashMap<>();
    Map<String, Object> values = CustomFieldRules.check(Map.of("color", "red", "weight", 250,
        "ratio", 0.25, "since", "2024-02-29", "organic", true, "note", "hi"), DEFINITIONS, "",
        violations);
    assertThat(violations).isEmpty();
    assertThat(values).containsEntry("weight", 250L).containsEntry("ratio", "0.25")
        .containsEntry("since", "2024-02-29").containsEntry("organic", true);
  }

  @Test
  void reportsUnknownKeysWrongTypesMissingRequiredAndOptionsNotInTheList() {
    Map<String, Object> given = new HashMap<>(Map.of("size", "XL", "weight", "heavy",
        "ratio", "abc", "since", "2024-02-30", "organic", "yes"));
    Map<String, String> violations = new LinkedHashMap<>();
    CustomFieldRules.check(given, DEFINITIONS, "", violations);
    assertThat(violations).containsOnlyKeys("customFields.size", "customFields.weight",
        "customFields.ratio", "customFields.since", "customFields.organic", "customFields.color");
    assertThat(violations.get("customFields.color")).isEqualTo("is required");

    Map<String, String> dropdown = new LinkedHashMap<>();
    CustomFieldRules.check(Map.of("color", "green"), DEFINITIONS, "row 3.", dropdown);
    assertThat(dropdown).containsEntry("row 3.customFields.color", "must be one of the field's options");
  }

  @Test
  void aWholeNumberFieldRefusesFractions() {
    Map<String, String> violations = new LinkedHashMap<>();
    CustomFieldRules.check(Map.of("color", "red", "weight", 2.5), DEFINITIONS, "", violations);
    assertThat(violations).containsOnlyKeys("customFields.weight");
  }

  @Test
  void validatesDefinitions() {
    assertThat(CustomFieldRules.definitionViolations(new CustomFieldDefinition("Bad Key", "",
        CustomFieldType.DROPDOWN, false, List.of()))).containsOnlyKeys("key", "label", "options");
    assertThat(CustomFieldRules.definitionViolations(new CustomFieldDefinition("size", "Size",
        CustomFieldType.TEXT, false, List.of("S")))).containsOnlyKeys("options");
    assertThat(CustomFieldRules.definitionViolations(new CustomFieldDefinition("size", "Size",
        CustomFieldType.DROPDOWN, true, List.of("S", "M")))).isEmpty();
  }
}
