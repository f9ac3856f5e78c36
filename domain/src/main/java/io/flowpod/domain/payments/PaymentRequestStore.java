package io.flowpod.domain.payments;

import io.flowpod.domain.payments.PaymentRequest.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** payment_requests of the current tenant (row-level security scopes every statement). */
@Component
class PaymentRequestStore {

  private static final String COLUMNS = """
      tenant_id, payable_id, provider, state, description, amount_minor, currency, return_url,
      expires_at, checkout_session_id, payment_intent_id, pay_url, test_token_hash, instructions,
      refund_id""";

  private final JdbcClient jdbc;

  PaymentRequestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PaymentRequestRow> find(UUID payableId) {
    return jdbc.sql("select " + COLUMNS + " from payment_requests where payable_id = ?")
        .param(payableId).query(PaymentRequestStore::row).optional();
  }

  /** The row, locked until the transaction ends: state changes of one payable run one at a time. */
  Optional<PaymentRequestRow> lock(UUID payableId) {
    return jdbc.sql("select " + COLUMNS + " from payment_requests where payable_id = ? for update")
        .param(payableId).query(PaymentRequestStore::row).optional();
  }

  Optional<PaymentRequestRow> findByTestTokenHash(String hash) {
    return jdbc.sql("select " + COLUMNS + " from payment_requests where test_token_hash = ?")
        .param(hash).query(PaymentRequestStore::row).optional();
  }

  /** False when the payable already has a request (a concurrent first call won). */
  boolean insertIfAbsent(PaymentRequestRow r, Instant now) {
    return jdbc.sql("""
            insert into payment_requests (tenant_id, payable_id, provider, state, description,
              amount_minor, currency, return_url, expires_at, test_token_hash, instructions,
              created_at, updated_at)
            values (:tenant, :payable, :provider, :state, :description, :amount, :currency, :returnUrl,
              :expiresAt, :tokenHash, :instructions, :now, :now)
            on conflict (tenant_id, payable_id) do nothing""")
        .param("tenant", r.tenantId())
        .param("payable", r.payableId())
        .param("provider", r.provider().name())
        .param("state", r.state().name())
        .param("description", r.description())
        .param("amount", r.amountMinor())
        .param("currency", r.currency())
        .param("returnUrl", r.returnUrl())
        .param("expiresAt", Timestamp.from(r.expiresAt()))
        .param("tokenHash", r.testTokenHash())
        .param("instructions", r.instructions())
        .param("now", Timestamp.from(now))
        .update() == 1;
  }

  void attachCheckout(UUID payableId, String sessionId, String url, Instant now) {
    jdbc.sql("""
            update payment_requests set checkout_session_id = ?, pay_url = ?, updated_at = ?
            where payable_id = ? and checkout_session_id is null""")
        .params(sessionId, url, Timestamp.from(now), payableId).update();
  }

  void changeState(UUID payableId, State state, String paymentIntentId, UUID paidBy, Instant now) {
    jdbc.sql("""
            update payment_requests set state = ?,
              payment_intent_id = coalesce(?, payment_intent_id), paid_by = coalesce(?, paid_by),
              updated_at = ?
            where payable_id = ?""")
        .params(state.name(), paymentIntentId, paidBy, Timestamp.from(now), payableId).update();
  }

  void recordRefund(UUID payableId, String refundId, Instant now) {
    jdbc.sql("""
            update payment_requests set state = 'REFUNDED', refund_id = ?, updated_at = ?
            where payable_id = ?""")
        .params(refundId, Timestamp.from(now), payableId).update();
  }

  private static PaymentRequestRow row(ResultSet rs, int n) throws SQLException {
    return new PaymentRequestRow(rs.getObject("tenant_id", UUID.class),
        rs.getObject("payable_id", UUID.class), PaymentProvider.valueOf(rs.getString("provider")),
        State.valueOf(rs.getString("state")), rs.getString("description"),
        rs.getLong("amount_minor"), rs.getString("currency"), rs.getString("return_url"),
        rs.getTimestamp("expires_at").toInstant(), rs.getString("checkout_session_id"),
        rs.getString("payment_intent_id"), rs.getString("pay_url"),
        rs.getString("test_token_hash"), rs.getString("instructions"), rs.getString("refund_id"));
  }
}
