/**
 * Compiler-style diagnostics: {@code FILE:LINE:COL: error: MESSAGE}, 1-based, collected all at once
 * and reported in file order, with "did you mean" suggestions.
 */
package dev.surveygen.diagnostics;
