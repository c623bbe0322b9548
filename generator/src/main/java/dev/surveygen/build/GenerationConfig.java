package dev.surveygen.build;

import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
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
 */
public record GenerationConfig(JavaGeneratorOptions java, Optional<Path> templateDirectory, LoaderLimits limits,
        Optional<String> locale, FormLayout formLayout) {

    public GenerationConfig {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(formLayout, "formLayout");
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
        return new GenerationConfig(java, templateDirectory, limits, value, formLayout);
    }

    public GenerationConfig withFormLayout(FormLayout value) {
        return new GenerationConfig(java, templateDirectory, limits, locale, value);
    }

    /** A stable text of the configuration, for digests (paths as given, not resolved). */
    public String fingerprint() {
        return "package=" + java.packageName() + "\njakartaValidation=" + java.jakartaValidation() + "\njackson="
                + java.jackson() + "\ntemplateDirectory=" + templateDirectory.map(Path::toString).orElse("")
                + "\nmaxCodePoints=" + limits.maxCodePoints() + "\nlocale=" + locale.orElse("") + "\nformLayout="
                + formLayout + "\n";
    }
}
