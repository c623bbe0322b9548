package dev.surveygen.build;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.formgen.FormGenerator;
import dev.surveygen.javagen.JavaGenerator;
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
     * Checks ({@link SurveyCheck#check}) and generates; an unreadable file is an {@link IOException},
     * bad content a diagnostic, and a form template that does not render a
     * {@link dev.surveygen.formgen.FormTemplateException}.
     */
    public Result generate(Path definition) throws IOException {
        return generate(new SurveyCheck(config).check(definition));
    }

    /**
     * Generates from what {@link SurveyCheck#check} found with this configuration, without checking
     * again: for a build tool that checked the definition earlier in the same build (the plugin's
     * {@code lint} goal). A result with errors, or without a survey, generates nothing.
     */
    public Result generate(SurveyCheck.Result checked) throws IOException {
        Path definition = checked.definition();
        if (checked.hasErrors() || checked.survey().isEmpty()) {
            return new Result(definition, checked.survey(), checked.diagnostics(), List.of(), List.of());
        }
        Survey survey = checked.survey().get();
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        JavaGenerator.Result java = new JavaGenerator().generate(survey, config.java());
        diagnostics.addAll(java.diagnostics());
        if (java.hasErrors()) {
            return new Result(definition, checked.survey(), List.copyOf(diagnostics), List.of(), List.of());
        }
        List<GeneratedFile> resources = new ArrayList<>();
        String locale = config.locale().orElse(survey.defaultLocale());
        for (GeneratedFile file : new FormGenerator(config.templateDirectory()).generate(survey, locale,
                survey.catalogue(locale), config.formLayout().previewAssetsPath())) {
            resources.add(config.formLayout().place(file));
        }
        return new Result(definition, checked.survey(), List.copyOf(diagnostics), java.files(), List.copyOf(resources));
    }
}
