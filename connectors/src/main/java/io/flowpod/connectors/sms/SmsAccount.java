package io.flowpod.connectors.sms;

/** A workspace's SMS provider account: provider name, account id, sender (number or service id), token. */
public record SmsAccount(String provider, String accountId, String from, String authToken) {}
