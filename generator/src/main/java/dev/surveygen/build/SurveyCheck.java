package dev.surveygen.build;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.diagnostics.Suggestions;
import dev.surveygen.javagen.JavaGenerator;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.CatalogueFiles;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * THE check phase: every rule a definition must satisfy to be generated with a configuration.
 * {@code surveygen lint}, {@code surveygen generate} and the Maven plugin's {@code lint} and
 * {@code generate} goals all call {@link #check}, and generation runs only on what it passed, so
 * that generation never reports an error that lint does not. The rules, in the order they run:
 * loading and the definition-wide checks of the loader (including Java names and the enablement
 * cost, which it reports together with every other error), the configured locale, and the Java
 * generator's preflight (the limits that depend on its options). The configuration itself is
 * checked once, before any definition, by {@link #configurationProblems}.
 */
public final class SurveyCheck {

    /** What checking found: the checked survey when there is no error, and every diagnostic in file order. */
    public record Result(Path definition, Optional<Survey> survey, List<Diagnostic> diagnostics) {

        public Result {
            survey = diagnostics.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : survey;
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final GenerationConfig config;

    public SurveyCheck(GenerationConfig config) {
        this.config = config;
    }

    /** Checks one definition; an unreadable file is an {@link IOException}, bad content a diagnostic. */
    public Result check(Path definition) throws IOException {
        Optional<Path> catalogueDirectory = config.catalogueDirectoryOf(definition);
        CatalogueFiles catalogues = catalogueDirectory.isPresent() ? catalogues(catalogueDirectory.get()) : CatalogueFiles.NONE;
        SurveyLoader.Result loaded = new SurveyLoader(config.limits(), catalogues).load(definition);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        // The problems of the catalogue files the survey reads (its declared locales'), and of files
        // in that directory that are no catalogue.
        diagnostics.addAll(catalogues.diagnosticsFor(loaded.survey().map(Survey::locales)
                .orElseGet(() -> catalogues.locales())));
        if (loaded.survey().isPresent()) {
            Survey survey = loaded.survey().get();
            config.locale().flatMap(locale -> localeProblem(survey, locale)).ifPresent(problem -> diagnostics.add(
                    new Diagnostic(definition.toString(), SourcePosition.START, Severity.ERROR, problem)));
            diagnostics.addAll(JavaGenerator.preflight(survey, config.java()));
        }
        // The definition's own diagnostics first, by position; then those of the files it reads
        // (its catalogues), by file and position.
        String own = definition.toString();
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> !d.file().equals(own))
                .thenComparing(d -> d.file().equals(own) ? "" : d.file()).thenComparing(Diagnostic::position));
        return new Result(definition, loaded.survey(), diagnostics);
    }

    /**
     * The check of the configured template directory that needs no definition, run once per run
     * before the definitions by every front end: the form generator's preflight
     * ({@code FormGenerator.preflight}: every overriding component that does not parse, at its
     * line and column) and a misnamed override at the start of its file. Empty without a template
     * directory. {@code generate} renders nothing when this has errors.
     */
    public List<Diagnostic> checkTemplates() throws IOException {
        return config.templateDirectory().isPresent() ? BuiltInTemplates.diagnostics(config.templateDirectory().get())
                : List.of();
    }

    private final java.util.Map<Path, CatalogueFiles> catalogues = new java.util.HashMap<>();

    /** The catalogue files of a directory, read once per check (a run checks many definitions beside one). */
    private CatalogueFiles catalogues(Path directory) throws IOException {
        CatalogueFiles read = catalogues.get(directory);
        if (read == null) {
            read = CatalogueFiles.read(directory);
            catalogues.put(directory, read);
        }
        return read;
    }

    /**
     * Whether {@code locale} can be used for a survey's texts: it must be one of the survey's
     * declared locales. The one message for it, used by every command that takes a locale.
     */
    public static Optional<String> localeProblem(Survey survey, String locale) {
        if (survey.locales().contains(locale)) {
            return Optional.empty();
        }
        return Optional.of("the locale '" + locale + "' is not one of the survey's locales ("
                + String.join(", ", survey.locales()) + ")" + Suggestions.didYouMean(locale, survey.locales()));
    }

    /**
     * What is wrong with a run's configuration, before any definition is read, one message per
     * problem (empty when nothing is): the package of the generated code
     * ({@link JavaGeneratorOptions#packageProblem}) and the template directory
     * ({@link BuiltInTemplates#check}). Front ends print each with their own prefix and stop.
     */
    public static List<String> configurationProblems(String packageName, Optional<Path> templateDirectory)
            throws IOException {
        return configurationProblems(packageName, templateDirectory, Optional.empty());
    }

    /** The same, and a configured catalogue directory, which must be a directory. */
    public static List<String> configurationProblems(String packageName, Optional<Path> templateDirectory,
            Optional<Path> catalogueDirectory) throws IOException {
        List<String> problems = new ArrayList<>();
        JavaGeneratorOptions.packageProblem(packageName).ifPresent(problems::add);
        if (templateDirectory.isPresent()) {
            problems.addAll(BuiltInTemplates.check(templateDirectory.get()));
        }
        if (catalogueDirectory.isPresent() && !java.nio.file.Files.isDirectory(catalogueDirectory.get())) {
            problems.add(catalogueDirectory.get() + ": the catalogue directory " + (java.nio.file.Files.exists(
                    catalogueDirectory.get()) ? "is not a directory" : "does not exist"));
        }
        return List.copyOf(problems);
    }
}
