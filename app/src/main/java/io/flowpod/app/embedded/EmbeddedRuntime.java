package io.flowpod.app.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineLog;
import io.camunda.zeebe.process.test.engine.LoopbackEngine;
import io.camunda.zeebe.process.test.engine.LoopbackEngineFactory;
import java.io.IOException;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
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

  private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
  private final Map<String, Object> properties = new ConcurrentHashMap<>();
  private EmbeddedPostgresServer postgres;
  private volatile GreenMail mail;
  private volatile ZeebeTestEngine engine;
  private volatile EngineLog engineLog;

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
    int postgresPort = pickPort(s.postgresPort(), "PostgreSQL", "FLOWPOD_EMBEDDED_POSTGRES_PORT");
    int redisPort = pickPort(s.redisPort(), "Redis", "FLOWPOD_EMBEDDED_REDIS_PORT");
    int smtpPort = pickPort(s.smtpPort(), "SMTP", "FLOWPOD_EMBEDDED_SMTP_PORT");
    int imapPort = pickPort(s.imapPort(), "IMAP", "FLOWPOD_EMBEDDED_IMAP_PORT");
    properties.put(EmbeddedSecretsKey.PROPERTY, EmbeddedSecretsKey.readOrCreate(s.dataDir()));

    // PostgreSQL (an external process, the slowest part) starts while the rest starts beside it.
    CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> {
      startRedis(redisPort);
      startMail(smtpPort, imapPort);
      startEngine(zeebePort);
    });
    try {
      postgres = EmbeddedPostgresServer.start(s.dataDir(), postgresPort);
      started.push(postgres);
      properties.putAll(postgres.properties());
    } finally {
      awaitQuietly(rest);
    }
    try {
      rest.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    log.info("Embedded runtime up in {} ms: engine {}:{}, PostgreSQL {}, Redis {}, SMTP {}, IMAP {}, data {}",
        (System.nanoTime() - begin) / 1_000_000, EmbeddedSettings.HOST, zeebePort, postgresPort,
        redisPort, smtpPort, imapPort, s.dataDir());
  }

  private void startRedis(int port) {
    try {
      RedisServer redis = RedisServer.newRedisServer()
          .port(port)
          .bind(EmbeddedSettings.HOST)
          .setting("save \"\"")
          .setting("appendonly no")
          .build();
      redis.start();
      started.push(redis::stop);
      properties.put("flowpod.redis.url", "redis://%s:%d".formatted(EmbeddedSettings.HOST, port));
    } catch (IOException e) {
      throw new EmbeddedStartupException("Embedded Redis did not start: " + e.getMessage(), e);
    }
  }

  private void startMail(int smtpPort, int imapPort) {
    mail = new GreenMail(new ServerSetup[] {
      new ServerSetup(smtpPort, EmbeddedSettings.HOST, ServerSetup.PROTOCOL_SMTP),
      new ServerSetup(imapPort, EmbeddedSettings.HOST, ServerSetup.PROTOCOL_IMAP)
    });
    mail.start();
    started.push(mail::stop);
    properties.put("flowpod.mail.host", EmbeddedSettings.HOST);
    properties.put("flowpod.mail.port", smtpPort);
    properties.put("flowpod.embedded.imap-port", imapPort);
  }

  private void startEngine(int port) {
    LoopbackEngine loopback = LoopbackEngineFactory.createWithLog(EmbeddedSettings.HOST, port);
    engine = loopback.engine();
    engineLog = loopback.log();
    engine.start();
    started.push(engine::stop);
    properties.put("camunda.client.grpc-address", "http://%s:%d".formatted(EmbeddedSettings.HOST, port));
  }

  /** Waits for a start-up task without throwing, so a failure elsewhere still closes what it started. */
  private static void awaitQuietly(CompletableFuture<Void> task) {
    try {
      task.join();
    } catch (RuntimeException ignored) {
      // reported by the caller's own join
    }
  }

  private static int pickPort(int configured, String what, String property) {
    return LoopbackPorts.claim(configured, what, property);
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

  /** The engine's record log, tailed by the operations projection. */
  public EngineLog engineLog() {
    return engineLog;
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
