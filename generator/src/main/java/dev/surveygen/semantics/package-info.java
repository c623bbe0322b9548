/**
 * The reference semantics: what a definition means for a response. {@link
 * dev.surveygen.semantics.ReferenceInterpreter} is the specification that the generated Java
 * validator and the generated form script are tested against; its rules are written down in
 * {@code docs/definition-format.md}.
 */
package dev.surveygen.semantics;
