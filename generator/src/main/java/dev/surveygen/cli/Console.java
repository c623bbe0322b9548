package dev.surveygen.cli;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.InputFiles;
import dev.surveygen.load.LoaderLimits;
import dev.surveygen.model.Survey;
import dev.surveygen.output.OutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Shared by the commands: checking a definition ({@link SurveyCheck}) and reporting its diagnostics on stderr. */
final class Console {

    private Console() {}

    /**
     * The survey, or empty after printing why not; {@code exit[0]} receives {@code exitOnErrors}
     * when the definition has errors and {@link ExitCode#CANNOT_JUDGE} when it cannot be read.
     */
    static Optional<Survey> loadOrReport(Path file, int maxSize, PrintWriter err, int exitOnErrors, int[] exit) {
        SurveyCheck.Result result;
        try {
            result = new SurveyCheck(new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.empty(),
                    LoaderLimits.DEFAULT.withMaxCodePoints(maxSize))).check(file);
        } catch (IOException e) {
            err.println(file + ": error: cannot read the file: " + describe(e));
            exit[0] = ExitCode.CANNOT_JUDGE;
            return Optional.empty();
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic);
        }
        err.flush();
        if (result.hasErrors()) {
            exit[0] = exitOnErrors;
        }
        return result.survey();
    }

    static String describe(IOException e) {
        if (e instanceof InputFiles.TooLargeException || e instanceof OutputException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            return "it is a directory";
        }
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }
}
