package io.flowpod.app.embedded.projection;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.process.test.engine.EngineLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the embedded engine's log as it grows, hands the records the projection uses to it, and
 * then lets the log drop what both the projection and the engine are done with, so neither the log
 * nor the projection grows with the number of instances that ever ran.
 */
final class EngineLogTail implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EngineLogTail.class);
  private static final int BATCH = 1_000;

  private final EngineLog engineLog;
  private final ProcessProjection projection;
  private final Duration pollInterval;
  private final EngineRecordDecoder decoder = new EngineRecordDecoder();
  private ScheduledExecutorService executor;
  private LogStreamReader reader;
  private volatile long lastPosition = -1;
  private long compactedUpTo = -1;

  EngineLogTail(EngineLog engineLog, ProcessProjection projection, Duration pollInterval) {
    this.engineLog = engineLog;
    this.projection = projection;
    this.pollInterval = pollInterval;
  }

  /** Reads everything written so far and compacts the log; one thread at a time. */
  synchronized void catchUp() {
    if (reader == null) {
      reader = engineLog.newReader();
      reader.seekToFirstEvent();
    } else {
      reader.seekToNextEvent(lastPosition);
    }
    List<EngineEvent> batch = new ArrayList<>();
    while (reader.hasNext()) {
      LoggedEvent event = reader.next();
      EngineEvent decoded = decodeOrSkip(event);
      if (decoded != null) {
        batch.add(decoded);
      }
      lastPosition = event.getPosition();
      if (batch.size() == BATCH) {
        projection.apply(batch);
        batch = new ArrayList<>();
      }
    }
    projection.apply(batch);
    if (lastPosition > compactedUpTo) {
      engineLog.compactBelow(lastPosition);
      compactedUpTo = lastPosition;
    }
  }

  /** A record the projection cannot read is logged and skipped: it must not stop the tail for good. */
  private EngineEvent decodeOrSkip(LoggedEvent event) {
    try {
      return decoder.decode(event);
    } catch (RuntimeException e) {
      log.warn("Engine projection: skipped the record at position {} ({})", event.getPosition(),
          e.toString());
      return null;
    }
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "flowpod-engine-projection");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::catchUpSafely, 0, pollInterval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void catchUpSafely() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      // The next round starts after the last record read.
      log.error("Engine projection: reading the engine log failed after position {}", lastPosition, e);
    }
  }

  @Override
  public void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null && !executor.isShutdown();
  }
}
