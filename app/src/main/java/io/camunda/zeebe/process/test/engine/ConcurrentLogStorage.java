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
 * The in-memory log of the embedded engine, safe for its concurrent use and compactable. The stock
 * {@link InMemoryLogStorage} appends to a plain {@code ArrayList} on the writer's thread while the
 * stream processor reads it on an actor thread; under FlowPod's load a read during the list's growth
 * saw a null entry and the stream processor failed for good (every later command timed out). Here
 * appends and reads of the block list hold one lock. It also never dropped anything; here
 * {@link #compactBelow} drops blocks every reader is done with (see {@link EngineLog}). Indexes are
 * absolute, so readers keep working across compactions. Extends the stock class only because the
 * engine's state monitor takes that type; none of its state is used.
 */
final class ConcurrentLogStorage extends InMemoryLogStorage {

  private record Block(ByteBuffer buffer, long lowestPosition, long highestPosition) {}

  /** Lowest position of each block to its absolute index + 1 (the stock storage's convention). */
  private final ConcurrentSkipListMap<Long, Long> positionIndexMapping = new ConcurrentSkipListMap<>();
  private final List<Block> blocks = new ArrayList<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
  /** Absolute index of {@code blocks.get(0)}. */
  private long base;
  private long bytes;

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
    long index;
    synchronized (blocks) {
      blocks.add(new Block(blockBuffer, lowestPosition, highestPosition));
      bytes += blockBuffer.capacity();
      index = base + blocks.size();
      positionIndexMapping.put(lowestPosition, index);
    }
    listener.onWrite(index, highestPosition);
    listener.onCommit(index, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  /** Drops the leading blocks whose records all lie below {@code position}; returns how many. */
  int compactBelow(long position) {
    synchronized (blocks) {
      int count = 0;
      while (count < blocks.size() && blocks.get(count).highestPosition() < position) {
        bytes -= blocks.get(count).buffer().capacity();
        count++;
      }
      if (count > 0) {
        positionIndexMapping.headMap(blocks.get(count - 1).lowestPosition(), true).clear();
        blocks.subList(0, count).clear();
        base += count;
      }
      return count;
    }
  }

  int retainedBlocks() {
    synchronized (blocks) {
      return blocks.size();
    }
  }

  long retainedBytes() {
    synchronized (blocks) {
      return bytes;
    }
  }

  @Override
  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(CommitListener listener) {
    commitListeners.remove(listener);
  }

  private final class Reader implements LogStorageReader {

    private long currentIndex;

    @Override
    public void seek(long position) {
      currentIndex = Optional.ofNullable(positionIndexMapping.lowerEntry(position))
          .map(Entry::getValue)
          .map(index -> index - 1)
          .orElse(0L);
    }

    @Override
    public void close() {}

    @Override
    public boolean hasNext() {
      synchronized (blocks) {
        return Math.max(currentIndex, base) < base + blocks.size();
      }
    }

    @Override
    public DirectBuffer next() {
      synchronized (blocks) {
        // A reader left behind a compaction (only ever one that sought to the very start) moves up.
        currentIndex = Math.max(currentIndex, base);
        if (currentIndex >= base + blocks.size()) {
          throw new NoSuchElementException();
        }
        return new UnsafeBuffer(blocks.get((int) (currentIndex++ - base)).buffer());
      }
    }
  }
}
