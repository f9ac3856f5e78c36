/**
 * Operator diagnostics: flow checks ({@code POST/GET /api/v1/flow-checks}) prove the pipeline from API
 * to outbox, engine, worker and database; flow resumptions ({@code GET /api/v1/flow-resumptions}) show
 * what the embedded runtime did with in-flight records at start.
 */
package io.flowpod.api.diagnostics;
