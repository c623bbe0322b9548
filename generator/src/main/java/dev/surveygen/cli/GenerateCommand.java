package dev.surveygen.cli;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.javagen.JavaGenerator;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.model.Survey;
import dev.surveygen.output.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = SurveygenCli.Version.class, description = {
        "Generates the Java sources of a survey under DIR/java/.",
        "Errors in the definition stop it before anything is written; a failed run leaves DIR as it was.",
        "Only files whose bytes changed are rewritten; files an earlier run generated that are no longer",
        "generated are removed (tracked in DIR/java/.surveygen-files; nothing else is ever deleted).",
        "Exit status: 0 done, 1 errors in the definition, 2 usage or I/O problem."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SURVEY", description = "The survey definition (YAML).")
    Path survey;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--package", paramLabel = "NAME", description = "Java package (default: ${DEFAULT-VALUE}).")
    String packageName = JavaGeneratorOptions.DEFAULT_PACKAGE;

    @Option(names = "--jakarta-validation", description = "Add Jakarta Bean Validation annotations to the response.")
    boolean jakartaValidation;

    @Option(names = "--jackson", description = "Add Jackson annotations to the response and the choice enums.")
    boolean jackson;

    @Mixin
    MaxSizeOption maxSize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!JavaGeneratorOptions.isValidPackage(packageName)) {
            err.println("surveygen generate: '" + packageName + "' is not a valid Java package name");
            return ExitCode.CANNOT_JUDGE;
        }
        int[] exit = {ExitCode.OK};
        Optional<Survey> loaded = Console.loadOrReport(survey, maxSize.value(), err, ExitCode.FOUND, exit);
        if (loaded.isEmpty()) {
            return exit[0];
        }
        JavaGenerator.Result result = new JavaGenerator().generate(loaded.get(),
                new JavaGeneratorOptions(packageName, jakartaValidation, jackson));
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic);
        }
        if (result.hasErrors()) {
            return ExitCode.FOUND;
        }
        try {
            OutputWriter.Report report = new OutputWriter().write(out.resolve("java"), result.files());
            err.println("surveygen: " + report.written().size() + " written, " + report.unchanged().size()
                    + " unchanged, " + report.deleted().size() + " removed under " + out.resolve("java"));
        } catch (IOException e) {
            err.println(out + ": error: cannot write the output: " + Console.describe(e));
            return ExitCode.CANNOT_JUDGE;
        }
        err.flush();
        return ExitCode.OK;
    }
}
