package io.flowpod.domain.catalog;

/** The value type of a custom field; see {@link CustomFieldRules} for what each accepts. */
public enum CustomFieldType { TEXT, NUMBER, DECIMAL, DATE, DROPDOWN, CHECKBOX }
