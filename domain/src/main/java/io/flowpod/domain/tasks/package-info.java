/**
 * Staff tasks: the BPMN user tasks of every flow, recorded when the engine hands out their job and
 * completed through a capability's {@link io.flowpod.domain.tasks.StaffTaskForm}. {@link
 * io.flowpod.domain.tasks.StaffTasks} is the entry point.
 */
package io.flowpod.domain.tasks;
