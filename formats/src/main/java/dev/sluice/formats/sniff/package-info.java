/**
 * Telling a file's type by its content: {@link dev.sluice.formats.sniff.FileSniffer} reads a bounded
 * head (and a zip's directory) and answers {@link dev.sluice.formats.sniff.Sniffed}: csv (with its
 * delimiter and encoding), json (with its {@link dev.sluice.formats.sniff.JsonShape}), xlsx, or
 * unknown with a reason. It is what a {@code file}/{@code validate} job checks {@code allowedTypes}
 * against. {@link dev.sluice.formats.sniff.ByteSource} is the port to the file's bytes.
 *
 * <p>Everything under {@code internal} is not part of the API.
 */
package dev.sluice.formats.sniff;
