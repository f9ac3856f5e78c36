/** The OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). */
package io.flowpod.api.openapi;
