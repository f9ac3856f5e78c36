/** REST for a workspace's decision policies: catalog, versions, try-out on the engine, activation. */
package io.flowpod.api.policies;
