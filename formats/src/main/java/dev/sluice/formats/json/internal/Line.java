package dev.sluice.formats.json.internal;

/**
 * One line of an NDJSON file, without its LF. {@code bytes} is the splitter's buffer, valid until the
 * next line is read; the line is {@code bytes[0..length)}.
 *
 * @param offset  absolute file offset of the line's first byte
 * @param blank   whether it holds only spaces, tabs and CRs (or nothing): no row
 * @param tooLong whether it is longer than the limit; its bytes were not kept
 */
record Line(long offset, byte[] bytes, int length, boolean blank, boolean tooLong) {
}
