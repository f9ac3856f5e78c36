package io.flowpod.app.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded start-up failure into Boot's short report instead of a stack trace. */
class EmbeddedStartupFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStartupException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStartupException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Free the port or data directory named above, or configure another one (docs/operations.md).",
        null);
  }
}
