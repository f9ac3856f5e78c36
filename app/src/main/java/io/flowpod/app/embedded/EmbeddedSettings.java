package io.flowpod.app.embedded;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where and on which loopback ports the embedded runtime runs. Port 0 picks a free port; the Zeebe
 * port is fixed by default (26500) so tools can find the engine, and FlowPod refuses to start when it
 * is taken.
 */
record EmbeddedSettings(Path dataDir, int zeebePort, int postgresPort, int redisPort, int smtpPort,
    int imapPort) {

  static final String HOST = "127.0.0.1";

  static EmbeddedSettings from(Environment env) {
    return new EmbeddedSettings(
        Path.of(env.getProperty("flowpod.embedded.data-dir", "data")).toAbsolutePath(),
        env.getProperty("flowpod.embedded.zeebe-port", Integer.class, 26500),
        env.getProperty("flowpod.embedded.postgres-port", Integer.class, 0),
        env.getProperty("flowpod.embedded.redis-port", Integer.class, 0),
        env.getProperty("flowpod.embedded.smtp-port", Integer.class, 0),
        env.getProperty("flowpod.embedded.imap-port", Integer.class, 0));
  }
}
