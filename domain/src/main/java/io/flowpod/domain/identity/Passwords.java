package io.flowpod.domain.identity;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashes and checks passwords with bcrypt. Never logs or returns a password. */
@Component
class Passwords {

  private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
  // A real hash to compare against when the account does not exist, so that an unknown email costs as
  // much time as a wrong password and response times do not reveal which accounts exist.
  private final String decoyHash = encoder.encode("decoy-password-never-used");

  String hash(String password) {
    return encoder.encode(password);
  }

  boolean matches(String password, String hash) {
    return hashable(password) && encoder.matches(password, hash);
  }

  void spendDecoyTime(String password) {
    encoder.matches(hashable(password) ? password : "", decoyHash);
  }

  // bcrypt refuses input beyond 72 bytes; such a password can never have been set.
  private static boolean hashable(String password) {
    return password != null
        && password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
  }
}
