/**
 * Writing generated files safely: everything is generated in memory first; files are staged and
 * moved into place only when all are written, only files whose bytes changed are touched, and
 * files a previous run wrote that no longer have a source are removed (tracked in a manifest,
 * so nothing surveygen did not write is ever deleted).
 */
package dev.surveygen.output;
