package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.json.JsonWriter;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Texts crafted to break out of Java comments and strings — comment terminators, backslash-u
 * escapes (which javac applies even inside comments), line and paragraph separators, bidi
 * controls, Javadoc tags, HTML, JavaPoet's own format characters — in every place text lands:
 * the generated code must compile under strict javac and give the texts back exactly.
 */
class InjectionTest {

    /** Built at run time: a backslash-u written literally in this file would be read by javac. */
    private static final String BACKSLASH_U = "\\" + "u";

    static final List<String> HOSTILE = List.of(
            "*/ class Evil {} /*",
            BACKSLASH_U + "000a System.exit(1); //",
            BACKSLASH_U + "002a/ static { System.exit(2); } /" + BACKSLASH_U + "002a",
            "\\" + BACKSLASH_U + "000a double backslash",
            "@deprecated @param x {@code } {@link Nope}",
            "</p><script>alert(1)</script>&amp;&lt;",
            "$L $S $T $N $$ ${x}",
            "line\u2028separator\u2029paragraph",
            "bidi \u202Eevil\u202C and \u2066isolate\u2069",
            "quote \" and backslash \\ and tab \t end",
            "</script><!--\u2028'\"&",
            "/* nested */ // comment",
            "trailing backslash \\");

    @Test
    void hostileTextsCompileAndSurviveIntact() throws Exception {
        StringBuilder yaml = new StringBuilder("surveygen: 1\nid: injection\ntitle: ").append(both(HOSTILE.get(0)))
                .append("\nlocales: [ja, en]\nsections:\n  - id: s\n    title: ").append(both(HOSTILE.get(1)))
                .append("\n    questions:\n");
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            yaml.append("      - id: ").append(i == 0 ? "class" : i == 1 ? "toString" : "q" + i)
                    .append("\n        type: text\n        required: false\n")
                    .append("        label: {ja: ").append(q(text)).append(", en: ").append(q(text)).append("}\n")
                    .append("        hint: ").append(q(text)).append(", en: ").append(q(text)).append("}\n")
                    .append("        help: {ja: ").append(q(text)).append(", en: ").append(q(text)).append("}\n")
                    .append("        pattern: 'x'\n")
                    .append("        pattern-message: {ja: ").append(q(text)).append(", en: ").append(q(text)).append("}\n");
        }
        yaml.append("      - id: pick\n        type: single-choice\n        required: false\n"
                + "        label: {ja: pick, en: pick}\n        choices:\n");
        for (int i = 0; i < HOSTILE.size(); i++) {
            yaml.append("          - {code: c").append(i).append(", label: {ja: ").append(q(HOSTILE.get(i)))
                    .append(", en: ").append(q(HOSTILE.get(i))).append("}}\n");
        }
        String definition = yaml.toString().replace("        hint: ", "        hint: {ja: ");
        Survey survey = GeneratedSurvey.load("injection.yaml", definition);
        GeneratedSurvey generated = GeneratedSurvey.compile(survey, JavaGeneratorOptions.defaults().withPackage("inj"));

        for (GeneratedFile file : generated.generated.files()) {
            assertThat(file.content()).doesNotContain("\u2028").doesNotContain("\u202E");
            // Inside Javadoc, no line may end the comment early or start a unicode escape.
            assertThat(file.content().lines().filter(line -> line.strip().startsWith("* ")))
                    .as(file.path()).noneMatch(line -> line.contains("*/") || line.contains(BACKSLASH_U));
            // Nor may a one-line comment, other than at its end.
            assertThat(file.content().lines().map(String::strip).filter(line -> line.startsWith("/** ")))
                    .as(file.path()).allMatch(line -> line.endsWith(" */") && line.indexOf("*/") == line.length() - 2)
                    .noneMatch(line -> line.contains(BACKSLASH_U));
        }
        ClassLoader loader = loaderOf(generated);
        Class<?> choices = loader.loadClass("inj.PickChoice");
        Method label = choices.getMethod("label", java.util.Locale.class);
        Object[] constants = choices.getEnumConstants();
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(label.invoke(constants[i], java.util.Locale.JAPANESE)).isEqualTo(HOSTILE.get(i).strip());
            assertThat(label.invoke(constants[i], java.util.Locale.ENGLISH)).isEqualTo(HOSTILE.get(i).strip());
        }
        for (int i = 0; i < HOSTILE.size(); i++) {
            String id = i == 0 ? "class" : i == 1 ? "toString" : "q" + i;
            List<String> violations = generated.validateBinding(generated.fromJson(Map.of(id, "not x"), false));
            assertThat(violations).containsExactly(id + " | pattern | " + HOSTILE.get(i).strip() + " | "
                    + HOSTILE.get(i).strip() + " | ");
        }
    }

    private static String both(String text) {
        return "{ja: " + q(text) + ", en: " + q(text) + "}";
    }

    /** A YAML double-quoted scalar: JSON string syntax is a subset of it. */
    private static String q(String text) {
        return JsonWriter.write(text);
    }

    private static ClassLoader loaderOf(GeneratedSurvey generated) throws Exception {
        InMemoryJavac.Compilation compilation = InMemoryJavac.compile(generated.generated.files(), InMemoryJavac.STRICT);
        assertThat(compilation.success()).isTrue();
        return compilation.loader();
    }
}
