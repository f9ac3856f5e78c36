package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The in-memory log of the embedded engine, safe for its concurrent use. The stock
 * {@link InMemoryLogStorage} appends to a plain {@code ArrayList} on the writer's thread while the
 * stream processor reads it on an actor thread; under FlowPod's load a read during the list's growth
 * saw a null entry and the stream processor failed for good (every later command timed out). Here
 * appends and reads of the entry list hold one lock. Extends the stock class only because the engine's
 * state monitor takes that type; none of its state is used.
 */
final class ConcurrentLogStorage extends InMemoryLogStorage {

  private final ConcurrentSkipListMap<Long, Integer> positionIndexMapping =
      new ConcurrentSkipListMap<>();
  private final List<ByteBuffer> entries = new ArrayList<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

  @Override
  public LogStorageReader newReader() {
    return new Reader();
  }

  @Override
  public void append(long lowestPosition, long highestPosition, BufferWriter bufferWriter,
      AppendListener listener) {
    ByteBuffer buffer = ByteBuffer.allocate(bufferWriter.getLength());
    bufferWriter.write(new UnsafeBuffer(buffer), 0);
    append(lowestPosition, highestPosition, buffer, listener);
  }

  @Override
  public void append(long lowestPosition, long highestPosition, ByteBuffer blockBuffer,
      AppendListener listener) {
    int index;
    synchronized (entries) {
      entries.add(blockBuffer);
      index = entries.size();
      positionIndexMapping.put(lowestPosition, index);
    }
    listener.onWrite(index, highestPosition);
    listener.onCommit(index, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  @Override
  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(CommitListener listener) {
    commitListeners.remove(listener);
  }

  private int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private ByteBuffer entry(int index) {
    synchronized (entries) {
      return entries.get(index);
    }
  }

  private final class Reader implements LogStorageReader {

    private int currentIndex;

    @Override
    public void seek(long position) {
      currentIndex = Optional.ofNullable(positionIndexMapping.lowerEntry(position))
          .map(Entry::getValue)
          .map(index -> index - 1)
          .orElse(0);
    }

    @Override
    public void close() {}

    @Override
    public boolean hasNext() {
      return currentIndex >= 0 && currentIndex < size();
    }

    @Override
    public DirectBuffer next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return new UnsafeBuffer(entry(currentIndex++));
    }
  }
}
