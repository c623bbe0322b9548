/**
 * The surveygen Maven plugin: thin, final mojos ({@code generate}, {@code lint}, and the generated
 * {@code help}) over the generator's plain configuration ({@link dev.surveygen.build.GenerationConfig})
 * and run ({@link dev.surveygen.build.SurveyBuild}), which the command line shares, and plain
 * components beside them: finding the definitions, the up-to-date digest, the check of unknown
 * configuration elements and the generation run itself. Nothing here keeps state in statics, so
 * parallel builds ({@code mvn -T}) of several survey modules are safe.
 */
package dev.surveygen.maven;
