/**
 * Sluice's JSON: reading an array of objects or newline-delimited JSON (NDJSON) as rows of flat
 * fields, streaming, with Jackson's token parser (never a tree of the whole file).
 *
 * <p>The flow: {@link dev.sluice.formats.json.JsonReader#open} tells the
 * {@link dev.sluice.formats.json.JsonLayout} from the first byte that is not whitespace ({@code [} an
 * array, {@code {} NDJSON; a UTF-8 byte order mark is dropped) and delivers
 * {@link dev.sluice.formats.json.JsonRow}s and {@link dev.sluice.formats.json.JsonRowError}s. An NDJSON
 * file can also be cut into ranges: {@link dev.sluice.formats.json.NdjsonScanner} finds them while the
 * file is uploaded, and {@link dev.sluice.formats.json.JsonReader#ndjsonRange} reads one.
 * {@link dev.sluice.formats.json.FieldUnion} collects the sheet's fields.
 *
 * <p>The rules, in short (the module's {@code README.md} has them in full):
 * <ul>
 *   <li>Nested objects are flattened to dotted names ({@code {"address":{"city":"Oslo"}}} gives
 *       {@code address.city}); an empty nested object gives its name with the value null.</li>
 *   <li>An array, of scalars or of objects, becomes one string value: its compact JSON text.</li>
 *   <li>Strings are {@code String}; integers {@code Long} ({@code BigDecimal} past long); numbers with
 *       a fraction or exponent {@code BigDecimal}, exactly as written; booleans {@code Boolean}; null
 *       null.</li>
 *   <li>A name that appears twice keeps its first place and its last value, with a row error.</li>
 *   <li>An element or line that is not an object is a row error with its row index and byte offset.
 *       In NDJSON a malformed line is too, and reading goes on; in an array a syntax error ends the
 *       reading with a {@link dev.sluice.formats.json.JsonFormatException} naming the byte.</li>
 *   <li>{@link dev.sluice.formats.json.JsonLimits} cap a row's bytes, fields and nesting.</li>
 * </ul>
 *
 * <p>Everything under {@code internal} is not part of the API.
 */
package dev.sluice.formats.json;
