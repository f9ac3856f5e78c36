package io.flowpod.domain.tasks;

/** Filters for the inbox; null means any. */
public record StaffTaskQuery(StaffTask.Status status, String formKey, String candidateGroup,
    String businessObjectType, String businessObjectId, long offset, int limit) {}
