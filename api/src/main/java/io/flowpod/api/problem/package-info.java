/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}), the same for every endpoint.
 *
 * <p>Every problem has a stable {@code type} URI per kind ({@link io.flowpod.api.problem.ProblemType},
 * e.g. {@code https://flowpod.io/problems/validation}), {@code title}, {@code status}, {@code detail},
 * {@code instance} (the path) and {@code requestId} (also in {@code X-Request-Id}); invalid requests add
 * {@code errors: [{field, message}]} with JSON-path-like field names ({@code items[0].quantity}), or the
 * parameter or header name. Messages never echo rejected values; a 500 never shows the exception.
 *
 * <p>Controllers throw {@link io.flowpod.api.problem.ApiProblem} (or let {@code NoSuchElementException}
 * become 404 and {@code OptimisticLockingFailureException} 409); authentication, access, identity and
 * workspace exceptions are mapped to their types in one place ({@code AccessProblemHandler}, with
 * {@link io.flowpod.api.problem.AccessProblems} for 401/403). Filters and security handlers that
 * answer before Spring MVC write through {@link io.flowpod.api.problem.ProblemResponses}, which also
 * logs each rejection at INFO (request id, status, type, field names) and counts it in
 * {@code flowpod.api.rejections{type,status}}. Request bodies are read strictly: unknown fields
 * (mass assignment of {@code tenantId}, {@code status}, {@code role}, amounts) are a 400 naming them.
 */
package io.flowpod.api.problem;
