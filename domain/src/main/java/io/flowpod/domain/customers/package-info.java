/**
 * Customers as channels see them: how to reach a customer ({@link
 * io.flowpod.domain.customers.CustomerContacts}) and the chat identities through which people write
 * to the workspace ({@link io.flowpod.domain.customers.ChatIdentities}). Orders create customers from
 * checkout; registration creates them from chat and the storefront.
 */
package io.flowpod.domain.customers;
