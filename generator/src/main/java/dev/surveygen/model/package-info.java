/**
 * The checked, immutable model of a survey definition. Emitters and the reference interpreter
 * read it; nothing mutates it. Only the loader builds it from YAML, after every check has passed;
 * it depends on nothing but the condition language and the diagnostics' positions.
 */
package dev.surveygen.model;
