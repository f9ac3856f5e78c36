package io.flowpod.domain.identity;

/**
 * The server-side secret that signs the tokens in mailed links (password reset, invitation). Provided
 * by the security configuration: generated once into the data directory in embedded mode, from
 * configuration in cluster mode.
 */
public interface LinkSecret {

  /** At least 32 bytes of key material. */
  byte[] bytes();
}
