package dev.surveygen.javagen;

import dev.surveygen.model.AnswerSpec;
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
        return ctx.all.stream().anyMatch(q -> Constraints.of(q).pattern().isPresent());
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
     * survey gets the same text apart from the package and the name, less the sections that serve
     * only a kind of question it does not have ({@link #sections}).
     */
    static GeneratedFile support(GenerationContext ctx, String header) {
        String source = read(RuntimeSources.class, "/dev/surveygen/runtime/Support.java");
        String name = ctx.support.simpleName();
        String copy = replaceOnce(source, "package dev.surveygen.runtime;", "package " + ctx.options.packageName() + ";");
        copy = replaceOnce(copy, "public final class Support {", ctx.generated() + "\nfinal class Support {");
        copy = copy.replaceAll("\\bSupport\\b", name);
        copy = sections(copy, used(ctx));
        copy = qualifyJavaLang(copy, ctx.typeNames());
        String directory = ctx.options.packageName().replace('.', '/');
        return new GeneratedFile(directory + "/" + name + ".java", JavaText.escapeInvisible(header + "\n" + copy));
    }

    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*// ---- (\\w+): copied only for a survey with an? \\w+ question ----\n(.*?)^[ \\t]*// ---- end \\1 ----\n",
            java.util.regex.Pattern.DOTALL);

    /**
     * The source with the sections of the concerns in {@code used} kept (their marker lines
     * dropped) and the others removed: a survey without dates gets no date code. The runtime
     * module compiles and tests the whole source; the golden files and the differential tests,
     * which generate surveys with and without each kind, compile the copies.
     */
    static String sections(String source, java.util.Set<String> used) {
        java.util.regex.Matcher section = SECTION.matcher(source);
        StringBuilder out = new StringBuilder();
        while (section.find()) {
            section.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    used.contains(section.group(1)) ? section.group(2) : ""));
        }
        // A removed section leaves at most one blank line behind.
        return section.appendTail(out).toString().replaceAll("\n\n(\n)+", "\n\n").replaceAll("\n\n(\\s*})", "\n$1");
    }

    /** The optional sections of the runtime that a survey's questions use: {@code decimal}, {@code date}. */
    static java.util.Set<String> used(GenerationContext ctx) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (dev.surveygen.model.Question q : ctx.all) {
            q.answer().accept(new AnswerSpec.Visitor<Void>() {
                @Override
                public Void visitNote(AnswerSpec.NoteSpec note) {
                    return null;
                }

                @Override
                public Void visitYesNo(AnswerSpec.YesNoSpec yesNo) {
                    return null;
                }

                @Override
                public Void visitText(AnswerSpec.TextSpec text) {
                    return null;
                }

                @Override
                public Void visitChoice(AnswerSpec.ChoiceSpec choice) {
                    return null;
                }

                @Override
                public Void visitNumber(AnswerSpec.NumberSpec number) {
                    if (!number.integer()) {
                        used.add("decimal");
                    }
                    return null;
                }

                @Override
                public Void visitDate(AnswerSpec.DateSpec date) {
                    used.add("date");
                    return null;
                }
            });
        }
        return used;
    }

    /** The JSON reader of {@code surveygen check}, as it is: its three classes, prefixed with the survey's base name. */
    static final java.util.List<String> JSON_READER = java.util.List.of("JsonReader", "JsonException", "OversizeNumber");

    /**
     * {@link dev.surveygen.json.JsonReader} (with {@code JsonException} and {@code OversizeNumber})
     * as {@code <Survey>JsonReader}, … : the generated {@code fromJsonText} reads JSON text with
     * the very code that {@code surveygen check} reads responses with.
     */
    static java.util.List<GeneratedFile> jsonReader(GenerationContext ctx, String header) {
        java.util.List<GeneratedFile> files = new java.util.ArrayList<>();
        String base = ctx.names.base();
        String directory = ctx.options.packageName().replace('.', '/');
        for (String name : JSON_READER) {
            String copy = read(RuntimeSources.class, "/dev/surveygen/json/" + name + ".java");
            copy = replaceOnce(copy, "package dev.surveygen.json;", "package " + ctx.options.packageName() + ";");
            copy = replaceOnce(copy, "public final class " + name + " ", ctx.generated() + "\nfinal class " + name + " ");
            for (String other : JSON_READER) {
                copy = copy.replaceAll("\\b" + other + "\\b", base + other);
            }
            // The reader quotes a duplicate key as JSON: the generated writer writes a string the same way.
            copy = copy.replaceAll("\\bJsonWriter\\b", ctx.json.simpleName());
            copy = qualifyJavaLang(copy, ctx.typeNames());
            files.add(new GeneratedFile(directory + "/" + base + name + ".java",
                    JavaText.escapeInvisible(header + "\n" + copy)));
        }
        return files;
    }

    /**
     * The source with every {@code java.lang} type that one of the survey's types shadows in the
     * package (a choice list named {@code string} is the enum {@code String}) written with its
     * package, outside string and character literals. Other surveys get the text as it is.
     */
    static String qualifyJavaLang(String source, java.util.Set<String> typeNames) {
        java.util.List<String> taken = typeNames.stream().filter(RuntimeSources::isJavaLang).sorted().toList();
        if (taken.isEmpty()) {
            return source;
        }
        // Comments, string and character literals are kept as they are; the names are replaced elsewhere.
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*"
                + "|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'"
                + "|(?<![\\w.$])(" + String.join("|", taken) + ")\\b").matcher(source);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            String replacement = token.group(1) == null ? token.group() : "java.lang." + token.group(1);
            token.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        return token.appendTail(out).toString();
    }

    private static boolean isJavaLang(String simpleName) {
        try {
            return java.lang.reflect.Modifier.isPublic(Class.forName("java.lang." + simpleName, false, null).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
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
