/**
 * Secrets at rest: {@link io.flowpod.domain.platform.secrets.SecretBox} encrypts provider credentials
 * (payment keys, channel tokens) with the installation's master key before they reach the database.
 */
@NamedInterface("secrets")
package io.flowpod.domain.platform.secrets;

import org.springframework.modulith.NamedInterface;
