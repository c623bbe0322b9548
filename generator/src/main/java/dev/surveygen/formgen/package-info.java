/**
 * Generates the HTML form of a survey: a survey-specific FreeMarker template ({@code .ftlh}) that a
 * host application renders with the answers to show and the violations to report, the same form
 * rendered empty as a standalone page, and the script and stylesheet. The rules reach the browser
 * as a JSON data block interpreted by one hand-written script that restates the reference
 * semantics; browser tests replay the differential corpus through it.
 */
package dev.surveygen.formgen;
