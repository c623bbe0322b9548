package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.runtime.Support;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The generated code indexes its violation tables by the runtime's outcomes: the orders must agree. */
class RuntimeContractTest {

    @Test
    void theViolationTablesFollowTheRuntimesOutcomes() {
        assertThat(PartEmitter.OUTCOMES).containsExactlyElementsOf(Arrays.stream(Support.Outcome.values())
                .map(o -> o.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }

    @Test
    void aSurveyGetsTheRuntimeSectionsOfItsKindsOfQuestionOnly() {
        String source = String.join("\n", "class S {", "    int a;", "",
                "    // ---- date: copied only for a survey with a date question ----", "    int date;", "",
                "    // ---- end date ----", "    // ---- decimal: copied only for a survey with a decimal question ----",
                "    int decimal;", "    // ---- end decimal ----", "", "    int b;", "}", "");
        assertThat(RuntimeSources.sections(source, java.util.Set.of("decimal")))
                .isEqualTo("class S {\n    int a;\n\n    int decimal;\n\n    int b;\n}\n");
        assertThat(RuntimeSources.sections(source, java.util.Set.of()))
                .isEqualTo("class S {\n    int a;\n\n    int b;\n}\n");
        assertThat(RuntimeSources.sections(source, java.util.Set.of("date", "decimal")))
                .isEqualTo("class S {\n    int a;\n\n    int date;\n\n    int decimal;\n\n    int b;\n}\n");
    }

    @Test
    void aRemovedSectionAtTheEndOfABlockLeavesNoBlankLineBeforeItsBrace() {
        String source = String.join("\n", "class S {", "    int a;", "", "",
                "    // ---- date: copied only for a survey with a date question ----", "    int date;",
                "    // ---- end date ----", "", "}", "");
        assertThat(RuntimeSources.sections(source, java.util.Set.of())).isEqualTo("class S {\n    int a;\n}\n");
        assertThat(RuntimeSources.sections(source, java.util.Set.of("date")))
                .isEqualTo("class S {\n    int a;\n\n    int date;\n}\n");
    }

    @Test
    void aCopiedClassIsRenamedWhereItsNameStandsAlone() {
        assertThat(RuntimeSources.replaceWord("Support x = Support.of(SupportTest, MySupport, Support_1, Support$);",
                "Support", "SSupport")).isEqualTo("SSupport x = SSupport.of(SupportTest, MySupport, Support_1, SSupport$);");
        assertThat(RuntimeSources.replaceWord("none here", "Support", "X")).isEqualTo("none here");
    }

    @Test
    void theMhlwCopyHasNoDateOrDecimalCodeAndASurveyWithThemHasIt() {
        java.util.function.Function<String, String> support = yaml -> new JavaGenerator().generate(GeneratedSurvey.load("s.yaml",
                yaml), JavaGeneratorOptions.defaults().withPackage("p")).files().stream()
                .filter(f -> f.path().endsWith("Support.java")).findFirst().orElseThrow().content();
        String plain = support.apply(SURVEY.formatted("integer"));
        assertThat(plain).doesNotContain("LocalDate").doesNotContain("formDecimal").doesNotContain("copied only for");
        assertThat(support.apply(SURVEY.formatted("date"))).contains("public static LocalDate isoDate(String value)")
                .doesNotContain("formDecimal");
        assertThat(support.apply(SURVEY.formatted("decimal"))).contains("formDecimal").doesNotContain("LocalDate");
    }

    private static final String SURVEY = """
            surveygen: 1
            id: s
            title: S
            sections:
              - id: a
                title: A
                questions:
                  - {id: q, type: %s, label: Q}
            """;

    @Test
    void oneLineJavadocIsWrittenOnOneLineAndOneLineDeclarationsAreNotSpaced() {
        String poet = String.join("\n", "enum E {", "    /**", "     * a: A", "     */", "    A,", "",
                "    /**", "     * b: B", "     */", "    B;", "", "    /**", "     * @return x", "     */",
                "    String x() {", "        return \"/**\";", "    }", "", "    /**", "     * Two", "     *", "     * lines", "     */",
                "    void y() {", "    }", "}", "");
        assertThat(JavaText.compact(poet)).isEqualTo(String.join("\n", "enum E {", "    /** a: A */", "    A,",
                "    /** b: B */", "    B;", "", "    /** @return x */", "    String x() {", "        return \"/**\";", "    }", "",
                "    /**", "     * Two", "     *", "     * lines", "     */", "    void y() {}", "}", ""));
    }

    @Test
    void anEmptyBodyIsWrittenOnItsDeclarationsLineButABodyWithABlockInsideIsNot() {
        String poet = String.join("\n", "final class C {", "    private C() {", "    }", "", "    void z() {",
                "        if (a()) {", "    }", "    }", "}");
        assertThat(JavaText.compact(poet)).isEqualTo(String.join("\n", "final class C {", "    private C() {}", "",
                "    void z() {", "        if (a()) {", "    }", "    }", "}"));
    }
}
