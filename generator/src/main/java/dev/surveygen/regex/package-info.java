/**
 * Patterns: a definition's {@code pattern} compiled into a Thompson NFA carried as data
 * ({@link dev.surveygen.regex.PatternCompiler}), and the Pike VM that matches a whole answer
 * against it in linear time ({@link dev.surveygen.regex.PatternMatcher}). The reference
 * interpreter runs the matcher; the generated Java runs a copy of its source; the form script
 * runs the same machine on the same program. {@code java.util.regex} and JavaScript's
 * {@code RegExp} never see an answer. A leaf package.
 */
package dev.surveygen.regex;
