package io.flowpod.app.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.LoopbackEngineFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * Everything embedded mode needs, started before the Spring context so that the datasource, Redis,
 * mail and Camunda client configuration simply point at loopback ports: a real in-memory Zeebe engine,
 * a real PostgreSQL with its data on disk, a real Redis and a real SMTP/IMAP server (GreenMail) that
 * catches every outgoing mail. Stopped in reverse order when the context closes.
 */
public final class EmbeddedRuntime implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedRuntime.class);

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private EmbeddedPostgresServer postgres;
  private GreenMail mail;
  private ZeebeTestEngine engine;

  static EmbeddedRuntime start(EmbeddedSettings settings) {
    EmbeddedRuntime runtime = new EmbeddedRuntime();
    try {
      runtime.startAll(settings);
      return runtime;
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  private void startAll(EmbeddedSettings s) {
    long begin = System.nanoTime();
    // Claim the engine's port first: a taken port must fail before anything else is started.
    int zeebePort = LoopbackPorts.claim(s.zeebePort(), "Zeebe engine", "FLOWPOD_EMBEDDED_ZEEBE_PORT");

    postgres = EmbeddedPostgresServer.start(s.dataDir(), pickPort(s.postgresPort(), "PostgreSQL",
        "FLOWPOD_EMBEDDED_POSTGRES_PORT"));
    started.push(postgres);
    properties.putAll(postgres.properties());

    int redisPort = pickPort(s.redisPort(), "Redis", "FLOWPOD_EMBEDDED_REDIS_PORT");
    RedisServer redis = startRedis(redisPort);
    started.push(redis::stop);
    properties.put("flowpod.redis.url", "redis://%s:%d".formatted(EmbeddedSettings.HOST, redisPort));

    int smtpPort = pickPort(s.smtpPort(), "SMTP", "FLOWPOD_EMBEDDED_SMTP_PORT");
    int imapPort = pickPort(s.imapPort(), "IMAP", "FLOWPOD_EMBEDDED_IMAP_PORT");
    mail = new GreenMail(new ServerSetup[] {
      new ServerSetup(smtpPort, EmbeddedSettings.HOST, ServerSetup.PROTOCOL_SMTP),
      new ServerSetup(imapPort, EmbeddedSettings.HOST, ServerSetup.PROTOCOL_IMAP)
    });
    mail.start();
    started.push(mail::stop);
    properties.put("flowpod.mail.host", EmbeddedSettings.HOST);
    properties.put("flowpod.mail.port", smtpPort);
    properties.put("flowpod.embedded.imap-port", imapPort);

    engine = LoopbackEngineFactory.create(EmbeddedSettings.HOST, zeebePort);
    engine.start();
    started.push(engine::stop);
    properties.put("camunda.client.grpc-address", "http://%s:%d".formatted(EmbeddedSettings.HOST, zeebePort));

    log.info("Embedded runtime up in {} ms: engine {}:{}, PostgreSQL {}, Redis {}, SMTP {}, IMAP {}, data {}",
        (System.nanoTime() - begin) / 1_000_000, EmbeddedSettings.HOST, zeebePort, postgres.port(),
        redisPort, smtpPort, imapPort, s.dataDir());
  }

  private static int pickPort(int configured, String what, String property) {
    return LoopbackPorts.claim(configured, what, property);
  }

  private static RedisServer startRedis(int port) {
    try {
      RedisServer redis = RedisServer.newRedisServer()
          .port(port)
          .bind(EmbeddedSettings.HOST)
          .setting("save \"\"")
          .setting("appendonly no")
          .build();
      redis.start();
      return redis;
    } catch (IOException e) {
      throw new EmbeddedStartupException("Embedded Redis did not start: " + e.getMessage(), e);
    }
  }

  /** Connection properties for the Spring environment. */
  Map<String, Object> properties() {
    return properties;
  }

  public GreenMail mail() {
    return mail;
  }

  public ZeebeTestEngine engine() {
    return engine;
  }

  public DataSource superuserDataSource() {
    return postgres.superuserDataSource();
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        log.warn("Stopping an embedded part failed: {}", e.toString());
      }
    }
  }
}
