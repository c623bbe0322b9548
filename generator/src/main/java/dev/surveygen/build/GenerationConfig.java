package dev.surveygen.build;

import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides what a run generates, besides the definitions themselves. Its
 * {@link #fingerprint()} goes into the build tools' up-to-date checks, so every field that
 * changes the output must appear there.
 *
 * @param java how Java is generated (package, optional annotations)
 * @param templateDirectory a directory whose files override the built-in templates of the same
 *     name ({@link BuiltInTemplates#NAMES}), one file at a time
 * @param limits loader limits (size of a definition)
 * @param locale the locale of the generated form texts, one of the survey's declared locales;
 *     empty for the survey's default locale
 * @param formLayout where the form files go (the command line's one folder, or the plugin's
 *     classpath folders)
 * @param catalogueDirectory the directory of the catalogue files that add locales or replace
 *     texts ({@code catalogue_TAG.properties}); empty for the default, the folder
 *     {@value #DEFAULT_CATALOGUE_FOLDER} beside each definition when there is one
 */
public record GenerationConfig(JavaGeneratorOptions java, Optional<Path> templateDirectory, LoaderLimits limits,
        Optional<String> locale, FormLayout formLayout, Optional<Path> catalogueDirectory) {

    /** The catalogue directory of a definition when none is configured: this folder beside it. */
    public static final String DEFAULT_CATALOGUE_FOLDER = "catalogues";

    public GenerationConfig {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(formLayout, "formLayout");
        Objects.requireNonNull(catalogueDirectory, "catalogueDirectory");
    }

    /** The default catalogue directory. */
    public GenerationConfig(JavaGeneratorOptions java, Optional<Path> templateDirectory, LoaderLimits limits,
            Optional<String> locale, FormLayout formLayout) {
        this(java, templateDirectory, limits, locale, formLayout, Optional.empty());
    }

    /**
     * The catalogue directory of {@code definition}: the configured one, or else the folder
     * {@value #DEFAULT_CATALOGUE_FOLDER} beside it if it exists.
     */
    public Optional<Path> catalogueDirectoryOf(Path definition) {
        if (catalogueDirectory.isPresent()) {
            return catalogueDirectory;
        }
        Path beside = (definition.getParent() == null ? Path.of("") : definition.getParent()).resolve(DEFAULT_CATALOGUE_FOLDER);
        return Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
    }

    /** The form files in one folder. */
    public GenerationConfig(JavaGeneratorOptions java, Optional<Path> templateDirectory, LoaderLimits limits,
            Optional<String> locale) {
        this(java, templateDirectory, limits, locale, FormLayout.FLAT);
    }

    /** The survey's default locale. */
    public GenerationConfig(JavaGeneratorOptions java, Optional<Path> templateDirectory, LoaderLimits limits) {
        this(java, templateDirectory, limits, Optional.empty());
    }

    public static GenerationConfig defaults() {
        return new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.empty(), LoaderLimits.DEFAULT);
    }

    public GenerationConfig withLocale(Optional<String> value) {
        return new GenerationConfig(java, templateDirectory, limits, value, formLayout, catalogueDirectory);
    }

    public GenerationConfig withFormLayout(FormLayout value) {
        return new GenerationConfig(java, templateDirectory, limits, locale, value, catalogueDirectory);
    }

    public GenerationConfig withCatalogueDirectory(Optional<Path> value) {
        return new GenerationConfig(java, templateDirectory, limits, locale, formLayout, value);
    }

    /** A stable text of the configuration, for digests (paths as given, not resolved). */
    public String fingerprint() {
        // A StringBuilder, not one long '+': each build runs this once in a fresh JVM, where a
        // concatenation site costs more to set up than to run.
        return new StringBuilder(256).append("package=").append(java.packageName())
                .append("\njakartaValidation=").append(java.jakartaValidation())
                .append("\njackson=").append(java.jackson())
                .append("\ntemplateDirectory=").append(templateDirectory.map(Path::toString).orElse(""))
                .append("\nmaxCodePoints=").append(limits.maxCodePoints())
                .append("\nlocale=").append(locale.orElse(""))
                .append("\nformLayout=").append(formLayout)
                .append("\ncatalogueDirectory=").append(catalogueDirectory.map(Path::toString).orElse(""))
                .append('\n').toString();
    }
}
