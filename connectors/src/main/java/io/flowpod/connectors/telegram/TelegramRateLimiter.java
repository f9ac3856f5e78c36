package io.flowpod.connectors.telegram;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Telegram's limits for one bot: about one message a second to the same chat and 30 a second overall.
 * Each send reserves the next free slot for its bot and chat and waits for it, so a burst is spread
 * out instead of answered with 429. Per application instance; 429s from the rest are still honoured.
 */
@Component
class TelegramRateLimiter {

  private final long chatIntervalNanos;
  private final long globalIntervalNanos;
  private final Map<String, Long> nextForBot = new HashMap<>();
  private final Map<String, Long> nextForChat = new HashMap<>();

  TelegramRateLimiter(@Value("${flowpod.telegram.per-chat-interval-millis:1000}") long chatMillis,
      @Value("${flowpod.telegram.messages-per-second:30}") int perSecond) {
    this.chatIntervalNanos = chatMillis * 1_000_000L;
    this.globalIntervalNanos = 1_000_000_000L / Math.max(1, perSecond);
  }

  /** Waits until this bot may write to this chat. */
  void acquire(String bot, String chat) throws InterruptedException {
    long waitNanos = reserve(bot, chat, System.nanoTime());
    if (waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
    }
  }

  synchronized long reserve(String bot, String chat, long now) {
    String chatKey = bot + ":" + chat;
    long slot = Math.max(now, Math.max(nextForBot.getOrDefault(bot, now),
        nextForChat.getOrDefault(chatKey, now)));
    nextForBot.put(bot, slot + globalIntervalNanos);
    nextForChat.put(chatKey, slot + chatIntervalNanos);
    if (nextForChat.size() > 10_000) {
      nextForChat.values().removeIf(next -> next < now);
    }
    return slot - now;
  }
}
