package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.stream.impl.StreamProcessor;

/**
 * The embedded engine's record log, for the application's projection: it reads new records with its
 * own reader and, once both it and the engine's stream processor are past a position, drops what lies
 * before it. The in-memory log is never compacted otherwise and would grow with every instance (about
 * 17.5 KB for a trivial one) until the heap runs out; the engine's state never needs it again, since
 * the in-memory engine does not replay.
 */
public final class EngineLog {

  private final LogStream logStream;
  private final ConcurrentLogStorage storage;
  private final StreamProcessor streamProcessor;

  EngineLog(LogStream logStream, ConcurrentLogStorage storage, StreamProcessor streamProcessor) {
    this.logStream = logStream;
    this.storage = storage;
    this.streamProcessor = streamProcessor;
  }

  public LogStreamReader newReader() {
    return logStream.newLogStreamReader();
  }

  /** The position of the last record the engine has processed; -1 before the first. */
  public long lastProcessedPosition() {
    return streamProcessor.getLastProcessedPositionAsync().join();
  }

  /**
   * Drops every block of records that lies wholly below {@code position} and below the engine's last
   * processed position.
   *
   * @return how many blocks were dropped
   */
  public int compactBelow(long position) {
    long safe = Math.min(position, lastProcessedPosition());
    return safe <= 0 ? 0 : storage.compactBelow(safe);
  }

  /** Blocks of records held now. */
  public int retainedBlocks() {
    return storage.retainedBlocks();
  }

  /** Bytes of records held now. */
  public long retainedBytes() {
    return storage.retainedBytes();
  }
}
