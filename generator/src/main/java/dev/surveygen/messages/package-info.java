/**
 * The built-in message catalogues: every fixed text that surveygen puts in front of a respondent
 * (the form's labels, buttons and status texts, the condition notes, the script's texts), one key
 * per text, one catalogue per locale, formatted at generation time so that templates, the script
 * and generated code receive finished strings. A leaf package: the loader asks it which locales
 * exist, the emitters ask it for texts.
 */
package dev.surveygen.messages;
