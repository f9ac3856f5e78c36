package io.flowpod.connectors.channels;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelConfig;
import io.flowpod.domain.messaging.ChannelSettings;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current workspace's channel settings and secrets, read in a short transaction of their own
 * (row-level security needs one) before a gateway calls the provider outside any transaction.
 */
@Component
public class ChannelAccounts {

  private final ChannelSettings settings;
  private final TransactionTemplate transactions;

  ChannelAccounts(ChannelSettings settings, PlatformTransactionManager transactionManager) {
    this.settings = settings;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setReadOnly(true);
  }

  public Optional<ChannelConfig> config(Channel channel) {
    return transactions.execute(tx -> settings.find(channel));
  }

  public String setting(Channel channel, String name) {
    return config(channel).map(c -> c.setting(name)).filter(v -> !v.isBlank()).orElse(null);
  }

  public String secret(Channel channel, String name) {
    return transactions.execute(tx -> settings.secret(channel, name)).orElse(null);
  }
}
