/**
 * The checked, immutable model of a survey definition. Emitters and the reference interpreter
 * read it; nothing mutates it. Only {@link dev.surveygen.load.SurveyLoader} builds it from YAML,
 * after every check has passed.
 */
package dev.surveygen.model;
