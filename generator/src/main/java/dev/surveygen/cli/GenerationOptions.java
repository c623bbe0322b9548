package dev.surveygen.cli;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that decide what {@code generate} generates, shared by {@code lint}: the same
 * options give the same checks ({@link SurveyCheck}), so a definition that lints with them
 * generates with them.
 */
final class GenerationOptions {

    @Option(names = "--package", paramLabel = "NAME", description = "Java package (default: ${DEFAULT-VALUE}).")
    String packageName = JavaGeneratorOptions.DEFAULT_PACKAGE;

    @Option(names = "--jakarta-validation", description = "Add Jakarta Bean Validation annotations to the response.")
    boolean jakartaValidation;

    @Option(names = "--jackson", description = "Let Jackson read and write responses through the generated binder.")
    boolean jackson;

    @Option(names = "--templates", paramLabel = "DIR", description = "Directory whose files override the built-in"
            + " form components, script and stylesheet of the same name, one file at a time (docs/forms.md).")
    Path templates;

    @Option(names = "--catalogues", paramLabel = "DIR", description = "Directory of catalogue files, one per"
            + " locale, that add locales or replace built-in texts (default: the folder catalogues beside the"
            + " definition, if there is one; docs/forms.md).")
    Path catalogues;

    @Option(names = "--locale", paramLabel = "LOCALE", description = "Locale of the generated form texts, one of the"
            + " survey's locales (default: the survey's own).")
    String locale;

    /**
     * Prints what is wrong with the options, each problem on a line prefixed by {@code command},
     * and answers whether there was any (then the command exits {@link ExitCode#CANNOT_JUDGE}).
     */
    boolean reportProblems(String command, PrintWriter err) {
        List<String> problems;
        try {
            problems = SurveyCheck.configurationProblems(packageName, Optional.ofNullable(templates),
                    Optional.ofNullable(catalogues));
        } catch (IOException e) {
            err.println("surveygen " + command + ": cannot read the templates: " + Console.describe(e));
            return true;
        }
        problems.forEach(problem -> err.println("surveygen " + command + ": " + problem));
        return !problems.isEmpty();
    }

    /** The configuration; only after {@link #reportProblems} found nothing. */
    GenerationConfig config(int maxSize) {
        return new GenerationConfig(new JavaGeneratorOptions(packageName, jakartaValidation, jackson),
                Optional.ofNullable(templates), LoaderLimits.DEFAULT.withMaxCodePoints(maxSize), Optional.ofNullable(locale))
                .withCatalogueDirectory(Optional.ofNullable(catalogues));
    }
}
