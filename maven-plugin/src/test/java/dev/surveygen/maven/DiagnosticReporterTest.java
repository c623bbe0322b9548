package dev.surveygen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.monitor.logging.DefaultLog;
import org.codehaus.plexus.logging.AbstractLogger;
import org.codehaus.plexus.logging.Logger;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * Bug: on the command line every definition error was printed twice, once by the plugin
 * ({@code FILE:LINE:COL: error: …}) and once by Maven's default build context, which logs the IDE
 * marker it cannot show ({@code FILE [LINE:COL]: …}). Both loggers here write to one console.
 */
class DiagnosticReporterTest {

    /** A console: Maven's log and the build context's logger both write here. */
    static final class Console extends AbstractLogger {
        final List<String> lines = new ArrayList<>();

        Console() {
            super(Logger.LEVEL_DEBUG, "console");
        }

        @Override
        public void debug(String message, Throwable throwable) {
            lines.add("[DEBUG] " + message);
        }

        @Override
        public void info(String message, Throwable throwable) {
            lines.add("[INFO] " + message);
        }

        @Override
        public void warn(String message, Throwable throwable) {
            lines.add("[WARNING] " + message);
        }

        @Override
        public void error(String message, Throwable throwable) {
            lines.add("[ERROR] " + message);
        }

        @Override
        public void fatalError(String message, Throwable throwable) {
            lines.add("[FATAL] " + message);
        }

        @Override
        public Logger getChildLogger(String name) {
            return this;
        }
    }

    @Test
    void onTheCommandLineEachDiagnosticIsPrintedOnceInTheCompilersFormat() {
        Console console = new Console();
        DefaultBuildContext commandLine = new DefaultBuildContext();
        commandLine.enableLogging(console);
        String file = new File("survey.yaml").getAbsolutePath();
        DiagnosticReporter reporter = new DiagnosticReporter(new DefaultLog(console), commandLine);

        reporter.report(Path.of(file), List.of(
                new Diagnostic(file, new SourcePosition(137, 9), Severity.ERROR, "unknown type 'yes-noo'"),
                new Diagnostic(file, new SourcePosition(3, 1), Severity.WARNING, "a warning")));

        assertThat(console.lines).containsExactly(
                "[ERROR] " + file + ":137:9: error: unknown type 'yes-noo'",
                "[WARNING] " + file + ":3:1: warning: a warning");
        assertThat(reporter.errors()).isEqualTo(1);
        assertThat(reporter.warnings()).isEqualTo(1);
        assertThat(DiagnosticReporter.showsMarkers(commandLine)).isFalse();
    }
}
