/**
 * A strict JSON reader (RFC 8259: no comments, no trailing commas, no duplicate keys, positions in
 * errors) and a deterministic writer, for responses and the CLI's JSON output. Numbers are read as
 * {@link java.math.BigDecimal} so that {@code 13} and {@code 13.5} keep what was written.
 */
package dev.surveygen.json;
