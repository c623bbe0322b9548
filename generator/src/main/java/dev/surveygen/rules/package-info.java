/**
 * The one serialisation of the resolved survey: typed records written as JSON by the project's one
 * {@link dev.surveygen.json.JsonWriter}. {@link SurveyModel} is {@code surveygen model} (every
 * locale, positions, each question's rules); {@link BrowserRules} is its projection for one
 * locale that the form's rules script reads. Every constant of how answers are read comes from the
 * definitions the reference interpreter uses, every message from its {@code ViolationMessages}.
 */
package dev.surveygen.rules;
