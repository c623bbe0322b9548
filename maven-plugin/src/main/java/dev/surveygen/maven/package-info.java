/**
 * The surveygen Maven plugin: thin, final mojos ({@code generate}, {@code lint}, and the generated
 * {@code help}) over the generator's plain configuration ({@link dev.surveygen.build.GenerationConfig})
 * and run ({@link dev.surveygen.build.SurveyBuild}), which the command line shares, and plain
 * components beside them: finding the definitions, the up-to-date digests of both goals, the check
 * of unknown configuration elements, the checks ({@link dev.surveygen.maven.SurveyChecks}, the one
 * place that calls the generator's checks) and the generation run itself. Two static maps are
 * shared by the executions of a build, both keyed by content: the results of {@code lint}'s checks,
 * which {@code generate} takes instead of checking again, and the hashes of the plugin's jars.
 * Neither holds anything one module could see of another's, so parallel builds ({@code mvn -T})
 * of several survey modules are safe.
 */
package dev.surveygen.maven;
