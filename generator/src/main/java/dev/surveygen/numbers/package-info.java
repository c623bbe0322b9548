/**
 * How long the numbers of the definition language and of answers may be ({@link
 * dev.surveygen.numbers.NumberLimits}): one rule, used by the condition parser, the loader and the
 * reference semantics, and restated by the generated Java and the form script. A leaf package, so
 * that every stage of the pipeline can use it.
 */
package dev.surveygen.numbers;
