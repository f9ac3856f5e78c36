package io.flowpod.domain.privacy;

/** How the customer proved who they are: the signed link sent to their known contact, or in person. */
public enum VerificationMethod { LINK, IN_PERSON }
