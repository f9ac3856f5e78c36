package io.flowpod.domain.platform;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

  @Bean
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new TenantAwareTransactionManager(dataSource);
  }
}
