package dev.surveygen.javagen;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * How Java is generated.
 *
 * @param packageName package of every generated type
 * @param jakartaValidation add Jakarta Bean Validation annotations to the response getters
 * @param jackson add Jackson annotations so that the response reads and writes its JSON shape
 */
public record JavaGeneratorOptions(String packageName, boolean jakartaValidation, boolean jackson) {

    public static final String DEFAULT_PACKAGE = "surveygen.generated";

    public JavaGeneratorOptions {
        Objects.requireNonNull(packageName, "packageName");
        if (!isValidPackage(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name");
        }
    }

    public static JavaGeneratorOptions defaults() {
        return new JavaGeneratorOptions(DEFAULT_PACKAGE, false, false);
    }

    public JavaGeneratorOptions withPackage(String name) {
        return new JavaGeneratorOptions(name, jakartaValidation, jackson);
    }

    /** Dotted Java identifiers, none a keyword: so no path built from it can leave the output directory. */
    public static boolean isValidPackage(String name) {
        return !name.isEmpty() && SourceVersion.isName(name, SourceVersion.RELEASE_17)
                && name.chars().allMatch(c -> c < 0x80);
    }
}
