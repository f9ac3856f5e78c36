package io.flowpod.domain.payments;

import io.flowpod.domain.platform.TenantContext;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short transactions as a given tenant, so that provider calls (HTTP) run between them and never
 * inside one. The tenant is set before the transaction starts, when row-level security picks it up.
 */
@Component
class TenantTransactions {

  private final TransactionTemplate transactions;

  TenantTransactions(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  <T> T as(UUID tenantId, Supplier<T> work) {
    return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
  }
}
