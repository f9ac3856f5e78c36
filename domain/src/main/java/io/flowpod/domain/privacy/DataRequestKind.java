package io.flowpod.domain.privacy;

/** What the customer asked for: a copy of their data, a correction, or erasure. */
public enum DataRequestKind { ACCESS, RECTIFICATION, ERASURE }
