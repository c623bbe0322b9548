/**
 * The {@code surveygen} command line ({@code java -jar surveygen.jar}): {@code lint}, {@code check}
 * and {@code model}. Exit codes, output formats and diagnostics are public contracts, documented in
 * {@code docs/cli.md}.
 */
package dev.surveygen.cli;
