/**
 * The condition language of {@code when:}: {@code ${Q2-1} = yes}, {@code ${Q2-3} contains 'other'},
 * {@code ${Q13} >= 8}, {@code ${Q1-1} is not empty}, joined with {@code and}, {@code or},
 * {@code not} and parentheses. References are delimited ({@code ${...}}) because question ids
 * contain hyphens. The parser reports the offset of the bad token; the loader maps it to a
 * file line and column.
 */
package dev.surveygen.condition;
