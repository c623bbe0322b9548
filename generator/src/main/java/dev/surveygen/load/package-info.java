/**
 * Loading a definition: strict UTF-8 decoding, SnakeYAML composition to a node tree under tight
 * limits, binding the tree to the model with positions, and the cross-reference checks. The only
 * entry point is {@link dev.surveygen.load.SurveyLoader}.
 */
package dev.surveygen.load;
