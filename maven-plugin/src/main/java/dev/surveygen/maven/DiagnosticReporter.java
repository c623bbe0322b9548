package dev.surveygen.maven;

import dev.surveygen.diagnostics.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Reports a definition's diagnostics as Maven errors and warnings in the compiler's format
 * ({@code FILE:LINE:COL: error: MESSAGE}), once each, and in an IDE also as markers through the
 * build context, after clearing the markers of an earlier run. Counts what it reported.
 */
final class DiagnosticReporter {

    private final Log log;
    private final BuildContext buildContext;
    private final boolean markers;
    private int errors;
    private int warnings;

    DiagnosticReporter(Log log, BuildContext buildContext) {
        this.log = log;
        this.buildContext = buildContext;
        this.markers = showsMarkers(buildContext);
    }

    /**
     * Whether the build context is an IDE's, which shows markers. On the command line Maven injects
     * the {@link DefaultBuildContext}, whose "markers" are log lines in a second format
     * ({@code FILE [LINE:COL]: MESSAGE}): every error would be printed twice.
     */
    static boolean showsMarkers(BuildContext buildContext) {
        return !(buildContext instanceof DefaultBuildContext);
    }

    void report(Path definition, List<Diagnostic> diagnostics) {
        if (markers) {
            buildContext.removeMessages(definition.toFile());
        }
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                errors++;
                log.error(diagnostic.toString());
            } else {
                warnings++;
                log.warn(diagnostic.toString());
            }
            if (!markers) {
                continue;
            }
            buildContext.addMessage(new File(diagnostic.file()), diagnostic.position().line(),
                    diagnostic.position().column(), diagnostic.message(),
                    diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
        }
    }

    /** Reports diagnostics of any files (a template directory's, or recorded ones), file by file. */
    void reportAll(List<Diagnostic> diagnostics) {
        for (String file : diagnostics.stream().map(Diagnostic::file).distinct().toList()) {
            report(Path.of(file), diagnostics.stream().filter(d -> d.file().equals(file)).toList());
        }
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }
}
