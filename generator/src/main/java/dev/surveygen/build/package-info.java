/**
 * One generation run for build tools: the plain configuration that the CLI and the Maven plugin
 * share ({@link dev.surveygen.build.GenerationConfig}) and the run itself
 * ({@link dev.surveygen.build.SurveyBuild}), which loads, checks and generates everything in memory
 * and reports problems as diagnostics, never by throwing for bad input.
 */
package dev.surveygen.build;
