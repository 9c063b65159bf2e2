/**
 * The Sluice worker: {@link dev.sluice.worker.Worker} started with {@link dev.sluice.worker.WorkerSettings},
 * its meter names in {@link dev.sluice.worker.WorkerMetrics}, and its probe and metrics server
 * {@link dev.sluice.worker.HealthServer}.
 */
package dev.sluice.worker;
