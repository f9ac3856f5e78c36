package io.flowpod.domain.ordering;

public enum SalesChannel { STOREFRONT, CHAT, API }
