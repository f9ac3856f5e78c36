package io.flowpod.domain.inventory;

/** A reorder rule as requested (unvalidated); every field is required. */
public record ReorderRuleDraft(Long threshold, Long reorderQuantity, Integer leadTimeDays) {
}
