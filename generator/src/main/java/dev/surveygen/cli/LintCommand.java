package dev.surveygen.cli;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.build.SurveyCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = SurveygenCli.Version.class, description = {
        "Checks survey definitions and prints every problem as FILE:LINE:COL: error|warning: MESSAGE on stderr.",
        "It runs every check of generate, with the same options: what lints with them generates with them.",
        "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O problem."})
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Survey definitions (YAML).")
    List<Path> files;

    @Mixin
    GenerationOptions options;

    @Mixin
    MaxSizeOption maxSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OK;
        int errors = 0;
        int warnings = 0;
        if (options.reportProblems("lint", err)) {
            err.flush();
            return ExitCode.CANNOT_JUDGE;
        }
        SurveyCheck check = new SurveyCheck(options.config(maxSize.value()));
        try {
            // The template directory's components, once for every definition: generate renders them.
            for (Diagnostic diagnostic : check.checkTemplates()) {
                err.println(diagnostic);
                if (diagnostic.isError()) {
                    errors++;
                    exit = ExitCode.FOUND;
                } else {
                    warnings++;
                }
            }
        } catch (IOException e) {
            err.println("surveygen lint: cannot read the templates: " + Console.describe(e));
            err.flush();
            return ExitCode.CANNOT_JUDGE;
        }
        java.util.Set<Diagnostic> printedElsewhere = new java.util.HashSet<>();
        for (Path file : files) {
            try {
                SurveyCheck.Result result = check.check(file);
                for (Diagnostic diagnostic : result.diagnostics()) {
                    if (!diagnostic.file().equals(file.toString()) && !printedElsewhere.add(diagnostic)) {
                        continue; // a catalogue shared by several definitions: its problems once
                    }
                    err.println(diagnostic);
                    if (diagnostic.isError()) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
                if (result.hasErrors() && exit == ExitCode.OK) {
                    exit = ExitCode.FOUND;
                }
            } catch (IOException e) {
                err.println(file + ": error: cannot read the file: " + Console.describe(e));
                exit = ExitCode.CANNOT_JUDGE;
            }
        }
        if (errors + warnings > 0) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        err.flush();
        return exit;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
