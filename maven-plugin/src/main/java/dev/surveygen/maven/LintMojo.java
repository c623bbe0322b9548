package dev.surveygen.maven;

import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Checks every survey definition of the module with the one check phase ({@code SurveyCheck}, as
 * {@code surveygen lint} does) for the configured locale and Java options, the package name, and
 * the template directory (misnamed overrides, a component that does not parse). Every problem is reported as a Maven error {@code FILE:LINE:COL: error: MESSAGE}; any
 * error fails the build. Nothing is generated: the {@code generate} goal of the same build
 * generates from what this goal checked. When the definitions, templates, configuration and plugin
 * are those of the last check that found no error, nothing is checked again and that check's
 * warnings are reported again; the record of it is {@code target/surveygen/EXECUTION-ID.lint}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class LintMojo extends SurveyMojo {

    /** The build context shows diagnostics as markers in an IDE (m2e). */
    @Inject
    public LintMojo(BuildContext buildContext) {
        super(buildContext);
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        new LintRun(getLog(), buildContext()).run(new LintRun.Settings(config(),
                sourceDirectory(), definitions(), stateFile(".lint"), pluginIdentity()));
    }
}
