/**
 * Deployments of BPMN, DMN and form files (platform operator) and migrations of a workspace's running
 * instances to another process version (workspace admin).
 */
package io.flowpod.api.modeling;
