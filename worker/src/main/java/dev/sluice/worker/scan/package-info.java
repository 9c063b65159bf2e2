/**
 * Virus scanning for the worker's handlers: the {@link dev.sluice.worker.scan.VirusScanner} port,
 * and its ClamAV adapter {@link dev.sluice.worker.scan.ClamdScanner}, which streams a file to a
 * {@code clamd} daemon over TCP with the INSTREAM command. A worker has a scanner only when
 * {@link dev.sluice.worker.scan.ClamdSettings#ADDRESS} is set.
 */
package dev.sluice.worker.scan;
