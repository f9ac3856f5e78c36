package io.flowpod.domain.platform.flows;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Embedded mode: undelivered outbox entries from before this start were meant for an engine that no
 * longer exists. Flow resumption re-enters their records from the records' own state, so the entries
 * are discarded instead of being delivered a second time.
 */
@Repository
public class SupersededOutbox {

  private final JdbcClient jdbc;

  SupersededOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public int discardUndeliveredBefore(Instant instant) {
    return jdbc.sql("delete from event_publication where completion_date is null and publication_date < ?")
        .param(Timestamp.from(instant))
        .update();
  }
}
