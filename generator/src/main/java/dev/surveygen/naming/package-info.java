/**
 * Names derived from a definition's ids and codes for the generated code: Java identifiers and
 * type names, and the limits of what Java can hold (sizes, and the cost of the generated
 * enablement code, {@link dev.surveygen.naming.EnablementCost}). One derivation serves the check phase (which
 * reports every clash and every limit at a position, so that whatever lints also generates and
 * compiles) and the emitters (which use exactly these names).
 */
package dev.surveygen.naming;
