package io.camunda.zeebe.process.test.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Compaction drops only what lies below the given position, and readers go on across it. */
class ConcurrentLogStorageTest {

  private static final AppendListener IGNORED = new AppendListener() {};

  @Test
  void compaction_keeps_the_block_that_holds_the_position_and_everything_after_it() {
    ConcurrentLogStorage storage = new ConcurrentLogStorage();
    for (int block = 0; block < 10; block++) {
      // block n holds positions 10n+1 .. 10n+10 and is one byte: n
      storage.append(block * 10L + 1, block * 10L + 10, ByteBuffer.wrap(new byte[] {(byte) block}),
          IGNORED);
    }
    LogStorageReader behind = storage.newReader();
    behind.seek(1);
    assertThat(behind.next().getByte(0)).isEqualTo((byte) 0);
    LogStorageReader ahead = storage.newReader();
    ahead.seek(45);
    assertThat(ahead.next().getByte(0)).isEqualTo((byte) 4);

    assertThat(storage.compactBelow(45)).isEqualTo(4);

    assertThat(storage.retainedBlocks()).isEqualTo(6);
    assertThat(storage.retainedBytes()).isEqualTo(6);
    assertThat(ahead.next().getByte(0)).as("a reader past the cut goes on").isEqualTo((byte) 5);
    assertThat(behind.next().getByte(0)).as("a reader behind it moves up to the first kept block")
        .isEqualTo((byte) 4);
    LogStorageReader fresh = storage.newReader();
    fresh.seek(47);
    assertThat(fresh.next().getByte(0)).isEqualTo((byte) 4);
    fresh.seek(1);
    assertThat(fresh.next().getByte(0)).isEqualTo((byte) 4);

    storage.append(101, 110, ByteBuffer.wrap(new byte[] {10}), IGNORED);
    fresh.seek(105);
    assertThat(fresh.next().getByte(0)).isEqualTo((byte) 10);
    assertThat(fresh.hasNext()).isFalse();
  }
}
