/** The batch handlers built into every worker, found by {@link java.util.ServiceLoader}. */
package dev.sluice.worker.handlers;
