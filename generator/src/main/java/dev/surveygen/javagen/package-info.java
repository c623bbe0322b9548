/**
 * Generates Java sources from a checked survey with JavaPoet: the response type, one enum per
 * choice list, the validator, the binders (form and JSON), enablement methods and question ids.
 * The generated code needs only the JDK. Its behaviour is the reference semantics of
 * {@link dev.surveygen.semantics.ReferenceInterpreter}; the differential tests hold it to that.
 */
package dev.surveygen.javagen;
