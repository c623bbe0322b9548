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
 * tested here is the code that runs there: the runtime's {@code Support}, the JSON text of
 * {@code surveygen check} ({@link dev.surveygen.json.JsonText}) and, only for a survey with a
 * pattern, {@link PatternMatcher}.
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
        copy = replaceWord(copy, "PatternMatcher", name);
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
        copy = replaceWord(copy, "Support", name);
        copy = sections(copy, used(ctx));
        copy = qualifyJavaLang(copy, ctx.typeNames());
        String directory = ctx.options.packageName().replace('.', '/');
        return new GeneratedFile(directory + "/" + name + ".java", JavaText.escapeInvisible(header + "\n" + copy));
    }

    private static final java.util.regex.Pattern SECTION_START =
            java.util.regex.Pattern.compile("// ---- (\\w+): copied only for a survey with an? \\w+ question ----");

    /**
     * The source with the sections of the concerns in {@code used} kept (their marker lines
     * dropped) and the others removed: a survey without dates gets no date code. The runtime
     * module compiles and tests the whole source; the golden files and the differential tests,
     * which generate surveys with and without each kind, compile the copies. A removed section
     * leaves at most one blank line behind, and none before a closing brace. Line by line, not by
     * regular expressions over the whole text: this runs in every build.
     */
    static String sections(String source, java.util.Set<String> used) {
        StringBuilder out = new StringBuilder(source.length());
        String skipping = null;
        java.util.Deque<String> keeping = new java.util.ArrayDeque<>();
        boolean blankPending = false;
        int start = 0;
        while (start < source.length()) {
            int newline = source.indexOf('\n', start);
            int end = newline < 0 ? source.length() : newline + 1;
            String line = source.substring(start, end);
            start = end;
            String text = line.strip();
            if (skipping != null) {
                if (text.equals("// ---- end " + skipping + " ----")) {
                    skipping = null;
                }
                continue;
            }
            if (text.startsWith("// ---- ")) {
                java.util.regex.Matcher marker = SECTION_START.matcher(text);
                if (marker.matches()) {
                    if (used.contains(marker.group(1))) {
                        keeping.push(marker.group(1));
                    } else {
                        skipping = marker.group(1);
                    }
                    continue;
                }
                if (!keeping.isEmpty() && text.equals("// ---- end " + keeping.peek() + " ----")) {
                    keeping.pop();
                    continue;
                }
            }
            if (line.equals("\n")) {
                blankPending = true; // a run of blank lines becomes one
                continue;
            }
            if (blankPending && !text.startsWith("}")) {
                out.append('\n');
            }
            blankPending = false;
            out.append(line);
        }
        if (skipping != null || !keeping.isEmpty()) {
            throw new IllegalStateException("the runtime source has a section without its end marker: "
                    + (skipping != null ? skipping : keeping.peek()));
        }
        if (blankPending) {
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * {@code text} with every {@code word} that stands alone (as {@code \\bword\\b} would match)
     * replaced: the class names inside a copied source.
     */
    static String replaceWord(String text, String word, String replacement) {
        StringBuilder out = null;
        int from = 0;
        int at = text.indexOf(word);
        while (at >= 0) {
            int after = at + word.length();
            boolean alone = (at == 0 || !isWordChar(text.charAt(at - 1)))
                    && (after == text.length() || !isWordChar(text.charAt(after)));
            if (alone) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 256);
                }
                out.append(text, from, at).append(replacement);
                from = after;
            }
            at = text.indexOf(word, after);
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** A character of {@code \\w} in the sense of {@code \\b}: a letter, a digit or '_'. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
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

    /**
     * {@link dev.surveygen.json.JsonText} as {@code <Survey>Json}, with its nested syntax exception and
     * oversize number: the generated {@code fromJsonText} and {@code toJsonText} read and write JSON
     * text with the very code that {@code surveygen check} reads responses with.
     */
    static GeneratedFile json(GenerationContext ctx, String header) {
        String name = ctx.json.simpleName();
        String copy = read(RuntimeSources.class, "/dev/surveygen/json/JsonText.java");
        copy = replaceOnce(copy, "package dev.surveygen.json;", "package " + ctx.options.packageName() + ";");
        copy = replaceOnce(copy, "public final class JsonText {", ctx.generated() + "\nfinal class JsonText {");
        copy = replaceWord(copy, "JsonText", name);
        copy = qualifyJavaLang(copy, ctx.typeNames());
        String directory = ctx.options.packageName().replace('.', '/');
        return new GeneratedFile(directory + "/" + name + ".java", JavaText.escapeInvisible(header + "\n" + copy));
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
