package dev.surveygen.javagen;

import java.lang.module.ModuleFinder;
import java.util.Objects;
import java.util.Optional;
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
        packageProblem(packageName).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public static JavaGeneratorOptions defaults() {
        return new JavaGeneratorOptions(DEFAULT_PACKAGE, false, false);
    }

    public JavaGeneratorOptions withPackage(String name) {
        return new JavaGeneratorOptions(name, jakartaValidation, jackson);
    }

    /** Whether {@code name} can be the package of the generated code: {@link #packageProblem} finds nothing. */
    public static boolean isValidPackage(String name) {
        return packageProblem(name).isEmpty();
    }

    /**
     * What is wrong with {@code name} as the package of the generated code, as a sentence, or empty
     * when nothing is. It must be dotted ASCII Java identifiers, none a keyword (so no path built from
     * it can leave the output directory), and not a package of the Java platform: {@code java} and
     * {@code javax} with their subpackages, or any package a JDK module holds ({@code org.w3c.dom}).
     * javac refuses those ("package exists in another module"), or the JVM refuses to load them.
     */
    public static Optional<String> packageProblem(String name) {
        if (name.isEmpty() || !SourceVersion.isName(name, SourceVersion.RELEASE_17) || !name.chars().allMatch(c -> c < 0x80)) {
            return Optional.of("'" + name + "' is not a valid Java package name");
        }
        String advice = "; choose a package of your own, such as com.example.surveys";
        String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (root.equals("java") || root.equals("javax")) {
            return Optional.of("the package '" + name + "' belongs to the Java platform (the java and javax packages are"
                    + " reserved)" + advice);
        }
        return Optional.ofNullable(SystemPackages.MODULES.get(name))
                .map(module -> "the package '" + name + "' belongs to the Java platform (module " + module + ")" + advice);
    }

    /** Every package of the platform's modules with its module, read once (both plugin goals ask). */
    private static final class SystemPackages {
        static final java.util.Map<String, String> MODULES = modules();

        private static java.util.Map<String, String> modules() {
            java.util.Map<String, String> modules = new java.util.HashMap<>();
            for (java.lang.module.ModuleReference module : ModuleFinder.ofSystem().findAll()) {
                String moduleName = module.descriptor().name();
                for (String pkg : module.descriptor().packages()) {
                    modules.merge(pkg, moduleName, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            return java.util.Map.copyOf(modules);
        }
    }
}
