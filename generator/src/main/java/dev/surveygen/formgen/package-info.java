/**
 * Generates the HTML form of a survey: a short survey-specific FreeMarker template ({@code .ftlh})
 * that passes the survey's typed view ({@code FormView}, as JSON) to the form's components (one
 * macro per file, copied beside it), which a host application renders with the answers to show and
 * the violations to report; the same form rendered empty as a standalone page; the script and
 * stylesheet. Its preflight parses overriding components, for the one check phase. The rules reach the browser
 * as a JSON data block interpreted by one hand-written script that restates the reference
 * semantics; browser tests replay the differential corpus through it.
 */
package dev.surveygen.formgen;
