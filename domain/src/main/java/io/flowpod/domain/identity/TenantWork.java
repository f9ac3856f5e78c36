package io.flowpod.domain.identity;

import io.flowpod.domain.platform.TenantContext;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in one transaction as a given tenant: for requests that learn their tenant only from a
 * pre-tenant lookup (login, refresh, links). The context is set before the transaction starts, which is
 * when the transaction manager copies it into the database session for row-level security.
 */
@Component
class TenantWork {

  private final TransactionTemplate transactions;

  TenantWork(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  <T> T as(UUID tenantId, Supplier<T> work) {
    return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
  }
}
