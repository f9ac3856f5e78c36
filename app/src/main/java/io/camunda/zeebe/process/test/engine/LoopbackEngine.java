package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;

/** The embedded engine and its log. */
public record LoopbackEngine(ZeebeTestEngine engine, EngineLog log) {}
