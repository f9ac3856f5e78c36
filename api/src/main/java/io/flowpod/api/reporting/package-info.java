/** Reporting endpoints: the admin dashboard's read model over orders, lines and stock. */
package io.flowpod.api.reporting;
