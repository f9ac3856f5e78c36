package io.flowpod.app.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser story against the running FlowPod: a fresh headless Chromium per test, pointed at the
 * random local port. Subclasses carry {@code @FlowPodIntegrationTest} themselves, so they all share
 * the suite's one application context.
 */
abstract class BrowserStory {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  Chromium browser;

  @BeforeEach
  void startBrowser() {
    browser = Chromium.start("http://localhost:" + port);
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }
}
