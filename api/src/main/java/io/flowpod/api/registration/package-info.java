/**
 * Registration and consent endpoints: the public registration form and link requests per workspace
 * slug, and the staff view and recording of a customer's consent ledger.
 */
package io.flowpod.api.registration;
