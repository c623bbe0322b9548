package dev.surveygen.build;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.diagnostics.Suggestions;
import dev.surveygen.formgen.FormGenerator;
import dev.surveygen.javagen.JavaGenerator;
import dev.surveygen.load.SurveyLoader;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates everything for one definition, in memory: Java sources (relative to a source root)
 * and resources such as form files (relative to a resource root, placed by the configuration's
 * {@link FormLayout}). Nothing is written here; write
 * with {@link dev.surveygen.output.OutputWriter} only when no definition of the run has errors.
 */
public final class SurveyBuild {

    /** The outcome for one definition. Files are empty when {@link #hasErrors()}. */
    public record Result(Path definition, Optional<Survey> survey, List<Diagnostic> diagnostics,
            List<GeneratedFile> javaSources, List<GeneratedFile> resources) {

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final GenerationConfig config;

    public SurveyBuild(GenerationConfig config) {
        this.config = config;
    }

    /**
     * Loads and checks, generating nothing: the checks of {@code surveygen lint} (the same
     * {@link SurveyLoader#load} entry point) and the configured locale. What the plugin's
     * {@code lint} goal runs, so that a build generates once, in {@code generate}.
     */
    public Result check(Path definition) throws IOException {
        SurveyLoader.Result loaded = new SurveyLoader(config.limits()).load(definition);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (loaded.survey().isPresent() && config.locale().isPresent()
                && !loaded.survey().get().locales().contains(config.locale().get())) {
            String locale = config.locale().get();
            List<String> locales = loaded.survey().get().locales();
            diagnostics.add(new Diagnostic(definition.toString(), SourcePosition.START, Severity.ERROR, "the locale '"
                    + locale + "' is not one of the survey's locales (" + String.join(", ", locales) + ")"
                    + Suggestions.didYouMean(locale, locales)));
        }
        return new Result(definition, loaded.survey(), List.copyOf(diagnostics), List.of(), List.of());
    }

    /**
     * Loads, checks ({@link #check}) and generates; an unreadable file is an {@link IOException},
     * bad content a diagnostic, and a form template that does not render a
     * {@link dev.surveygen.formgen.FormTemplateException}.
     */
    public Result generate(Path definition) throws IOException {
        return generate(check(definition));
    }

    /**
     * Generates from what {@link #check} found, without checking again: for a build tool that
     * checked the definition earlier in the same build (the plugin's {@code lint} goal) with a
     * configuration that differs at most in how Java is generated, which the check does not read.
     * A result with errors, or without a survey, is returned as it is.
     */
    public Result generate(Result checked) throws IOException {
        Path definition = checked.definition();
        if (checked.hasErrors() || checked.survey().isEmpty()) {
            return checked;
        }
        Survey survey = checked.survey().get();
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        JavaGenerator.Result java = new JavaGenerator().generate(survey, config.java());
        diagnostics.addAll(java.diagnostics());
        if (java.hasErrors()) {
            return new Result(definition, checked.survey(), List.copyOf(diagnostics), List.of(), List.of());
        }
        List<GeneratedFile> resources = new ArrayList<>();
        for (GeneratedFile file : new FormGenerator(config.templateDirectory()).generate(survey,
                config.locale().orElse(survey.defaultLocale()), config.formLayout().previewAssetsPath())) {
            resources.add(config.formLayout().place(file));
        }
        return new Result(definition, checked.survey(), List.copyOf(diagnostics), java.files(), List.copyOf(resources));
    }
}
