package io.flowpod.domain;

import org.springframework.modulith.Modulithic;

/**
 * Root of FlowPod's business capabilities. Each direct sub-package is one capability (an application
 * module in Spring Modulith's sense); other capabilities may use only its top-level package.
 */
@Modulithic(systemName = "FlowPod", sharedModules = "platform")
public final class FlowPodDomain {
  private FlowPodDomain() {}
}
