/**
 * The worker's side of the {@link dev.sluice.common.spi.DataAccess} port: stored files and sheet
 * records in Kafka. Handlers never see these classes, only the port; the worker makes one
 * {@link dev.sluice.worker.data.KafkaDataAccess} and shares it among its batches. Not part of the
 * public API.
 */
package dev.sluice.worker.data;
