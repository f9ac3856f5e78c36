package io.flowpod.domain.tenancy;

/** Another workspace already uses the requested slug. */
public class SlugTakenException extends RuntimeException {

  public SlugTakenException() {
    super("This workspace address is already taken");
  }
}
