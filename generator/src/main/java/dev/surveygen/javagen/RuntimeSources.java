package dev.surveygen.javagen;

import dev.surveygen.output.GeneratedFile;
import dev.surveygen.regex.PatternMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Classes of the generator that the generated code needs as they are, copied from their own
 * source (which the build puts beside the classes, see generator/pom.xml) into the survey's
 * package, renamed after the survey and made package-private: the code that is compiled and
 * tested here is the code that runs there. Today that is {@link PatternMatcher}, copied only
 * for a survey with a pattern.
 */
final class RuntimeSources {

    private RuntimeSources() {}

    /** {@link PatternMatcher} as {@code <Survey>PatternMatcher}, or nothing if no question has a pattern. */
    static boolean needsPatternMatcher(GenerationContext ctx) {
        return ctx.all.stream().anyMatch(q -> q.constraints().pattern().isPresent());
    }

    static GeneratedFile patternMatcher(GenerationContext ctx, String header) {
        String source = read(PatternMatcher.class, "PatternMatcher.java");
        String name = ctx.patternMatcher.simpleName();
        String copy = replaceOnce(source, "package " + PatternMatcher.class.getPackageName() + ";",
                "package " + ctx.options.packageName() + ";");
        copy = replaceOnce(copy, "public final class PatternMatcher {", ctx.generated() + "\nfinal class PatternMatcher {");
        copy = copy.replaceAll("\\bPatternMatcher\\b", name);
        String directory = ctx.options.packageName().replace('.', '/');
        return new GeneratedFile(directory + "/" + name + ".java", JavaText.escapeInvisible(header + "\n" + copy));
    }

    /**
     * The runtime module's {@code dev.surveygen.runtime.Support} as {@code <Survey>Support}: every
     * survey gets the same text apart from the package and the name.
     */
    static GeneratedFile support(GenerationContext ctx, String header) {
        String source = read(RuntimeSources.class, "/dev/surveygen/runtime/Support.java");
        String name = ctx.support.simpleName();
        String copy = replaceOnce(source, "package dev.surveygen.runtime;", "package " + ctx.options.packageName() + ";");
        copy = replaceOnce(copy, "public final class Support {", ctx.generated() + "\nfinal class Support {");
        copy = copy.replaceAll("\\bSupport\\b", name);
        String directory = ctx.options.packageName().replace('.', '/');
        return new GeneratedFile(directory + "/" + name + ".java", JavaText.escapeInvisible(header + "\n" + copy));
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalStateException("the runtime source does not have exactly one '" + target + "'");
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the generator's jar lacks the source " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
