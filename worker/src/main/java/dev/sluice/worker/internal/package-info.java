/**
 * The worker's machinery: poll loop, priority buffer, batch threads, commits, reports and
 * heartbeats. Not part of the public API; use {@link dev.sluice.worker.Worker}.
 */
package dev.sluice.worker.internal;
