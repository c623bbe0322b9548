package dev.surveygen.formgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surveygen.javagen.TestSurveys;
import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Form generation without a browser: files, overrides, FreeMarker's lockdown and template-level escaping. */
class FormGeneratorTest {

    @TempDir
    Path templates;

    private static final String HOSTILE_SURVEY = """
            surveygen: 1
            id: hostile
            title: "${title} <#if true>x</#if> [#if x]"
            sections:
              - id: s
                title: "#{x} & <b>"
                questions:
                  - id: Q1
                    type: single-choice
                    label: "${.data_model} <#assign x = 1> \\" ' </script><!--"
                    hint: "${'a'?upper_case}"
                    choices:
                      - {code: a, label: "${x}"}
                  - id: Q2
                    type: text
                    label: L
                    pattern: x
                    pattern-message: "</script><!--\\u2028'\\"&${x}#{y}"
            """;

    @Test
    void noTwoElementsShareAnIdWhateverTheCodes(@TempDir Path root) throws IOException {
        // Codes hint, when, group and error gave the choice the id of the question's hint, condition
        // note, group or message (q-Q1.hint twice): the labels stopped working in Chromium.
        Survey survey = new dev.surveygen.load.SurveyLoader().load("ids.yaml", """
                surveygen: 1
                id: ids
                title: T
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: A, type: yes-no, label: A}
                      - id: Q1
                        type: multiple-choice
                        label: L
                        hint: H
                        when: ${A} = yes
                        choices:
                          - {code: hint, label: a}
                          - {code: when, label: b}
                          - {code: group, label: c}
                          - {code: error, label: d}
                          - {code: title, label: e}
                      - {id: Q1-hint, type: text, label: T, required: false}
                  - id: Q1
                    title: S
                    questions:
                      - {id: B, type: text, label: B, hint: H}
                """.getBytes(StandardCharsets.UTF_8)).survey().orElseThrow();
        FormPages pages = FormPages.write(survey, root);
        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("violations", survey.questions().stream()
                .map(q -> new ViolationView(q.id(), "required", "m")).toList());
        for (String page : List.of(pages.staticPage, pages.render(model))) {
            List<String> ids = new java.util.ArrayList<>();
            java.util.regex.Matcher id = java.util.regex.Pattern.compile(" id=\"([^\"]*)\"").matcher(page);
            while (id.find()) {
                ids.add(id.group(1));
            }
            assertThat(ids).contains("q-Q1.hint", "q-Q1.when", "q-Q1.group", "q-Q1=hint", "q-Q1=when", "q-Q1=group",
                    "q-Q1=error").doesNotHaveDuplicates();
            for (java.util.regex.Matcher ref = java.util.regex.Pattern.compile(" (?:for|aria-describedby)=\"([^\"]*)\"")
                    .matcher(page); ref.find(); ) {
                assertThat(ids).as("every label and description points at an element").contains(ref.group(1).split(" "));
            }
        }
    }

    @Test
    void generatesTheTemplateThePreviewTheScriptAndTheStylesheet() throws IOException {
        Survey survey = TestSurveys.mhlw();
        List<GeneratedFile> files = new FormGenerator(Optional.empty()).generate(survey, "ja");
        List<String> expected = new java.util.ArrayList<>(List.of("mhlw-r6-hospital-cybersecurity.ftlh",
                "mhlw-r6-hospital-cybersecurity.html"));
        FormGenerator.COMPONENTS.forEach(name -> expected.add("components/" + name));
        expected.addAll(List.of("surveygen-rules.js", "surveygen-form.js", "surveygen-form.css"));
        assertThat(files).extracting(GeneratedFile::path).containsExactlyElementsOf(expected);
        String page = files.get(1).content();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">")
                .contains("<script type=\"application/json\" id=\"sg-rules\">").contains("data-preview=\"true\"")
                .doesNotContain("<#").doesNotContain("${");
        // The survey's template is short: a header, the import of the components, and one call.
        String template = files.get(0).content();
        assertThat(template).startsWith("<#ftl output_format=\"HTML\" strip_whitespace=true attributes={\"locale\": \"ja\"}>\n")
                .contains("\n<#import \"components/surveygen.ftlh\" as sg>\n<@sg.page\nview=r'{\"id\":\"mhlw-r6-hospital-cybersecurity\",")
                .endsWith("'/>\n").doesNotContain("[#").doesNotContain("[=");
        assertThat(template.lines().count()).isLessThan(25);
    }

    @Test
    void theBuiltInComponentsAreExactlyTheListedOnes() throws IOException {
        try (var entries = Files.list(Path.of("../templates/src/main/resources/dev/surveygen/templates/components"))) {
            assertThat(entries.map(e -> e.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(FormGenerator.COMPONENTS.stream().sorted().toList());
        }
        String library = builtIn("components/surveygen.ftlh");
        for (String name : FormGenerator.COMPONENTS.subList(1, FormGenerator.COMPONENTS.size())) {
            assertThat(library).as("the library includes " + name).contains("<#include \"" + name + "\">");
        }
    }

    @Test
    void hiddenFieldsMustBeNamedAsTheHostsOwn() throws IOException {
        FormPages pages = FormPages.write(TestSurveys.mhlw(), templates);
        assertThat(pages.render(Map.of("hiddenFields", Map.of("_csrf", "t<1>"))))
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"t&lt;1&gt;\">");
        // A field named like an answer would be reported as an unknown question on every submit.
        assertThatThrownBy(() -> pages.render(Map.of("hiddenFields", Map.of("csrf", "t"))))
                .hasMessageContaining("hiddenFields: the name 'csrf' must start with '_' (such as _csrf)");
    }

    @Test
    void textFromTheDefinitionCannotBecomeTemplateCode() throws IOException {
        Survey survey = TestSurveys.load("hostile.yaml", HOSTILE_SURVEY);
        List<GeneratedFile> files = new FormGenerator(Optional.empty()).generate(survey, "ja");
        String runtime = files.get(0).content();
        // Texts are data in a raw string literal: no ' to end it, nothing FreeMarker interprets inside.
        String view = runtime.substring(runtime.indexOf("view=r'") + 7, runtime.indexOf("'?eval_json"));
        assertThat(view).doesNotContain("'").contains("\"title\":\"${title} <#if true>x</#if> [#if x]\"")
                .contains("${.data_model} <#assign x = 1> \\\" \\u0027 </script><!--");
        // The static page is the runtime template rendered: had any text become code, it would show here.
        String page = files.get(1).content();
        assertThat(page).contains("<title>${title} &lt;#if true&gt;x&lt;/#if&gt; [#if x]</title>")
                .contains("${&#39;a&#39;?upper_case}").contains("${.data_model} &lt;#assign x = 1&gt; &quot; &#39; &lt;/script&gt;&lt;!--");
        String rules = page.substring(page.indexOf("id=\"sg-rules\">"));
        assertThat(rules.substring(0, rules.indexOf("</script>"))).doesNotContain("<!--", "${", "#{", "\u2028", "'")
                .contains("\\u003c/script\\u003e\\u003c!--\\u2028\\u0027\\\"\\u0026\\u0024{x}\\u0023{y}");
    }

    @Test
    void aTemplateDirectoryOverridesOneFileAtATime() throws IOException {
        Files.writeString(templates.resolve("surveygen-form.css"), "/* ours */ body { color: black; }\n");
        Survey survey = TestSurveys.mhlw();
        Map<String, String> files = new FormGenerator(Optional.of(templates)).generate(survey, "ja").stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        assertThat(files.get("surveygen-form.css")).isEqualTo("/* ours */ body { color: black; }\n");
        assertThat(files.get("surveygen-form.js")).isEqualTo(builtIn("surveygen-form.js"));
        assertThat(files.get("surveygen-rules.js")).isEqualTo(builtIn("surveygen-rules.js"));
        assertThat(files.get("mhlw-r6-hospital-cybersecurity.html")).contains("surveygen-form.css");
    }

    @Test
    void anOverriddenComponentReplacesExactlyItsPartOfThePage() throws IOException {
        Survey survey = TestSurveys.mhlw();
        String builtInPage = new FormGenerator(Optional.empty()).generate(survey, "ja").get(1).content();
        Files.writeString(templates.resolve("condition-note.ftlh"),
                "<#macro conditionNote id text>\n<p class=\"our-note\" id=\"${id}\">${text}</p>\n</#macro>\n");
        Map<String, String> files = new FormGenerator(Optional.of(templates)).generate(survey, "ja").stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        assertThat(files.get("components/condition-note.ftlh")).startsWith("<#macro conditionNote id text>\n<p class=\"our-note\"");
        assertThat(files.get("components/hint.ftlh")).isEqualTo(builtIn("components/hint.ftlh"));
        List<String> before = builtInPage.lines().toList();
        List<String> after = files.get("mhlw-r6-hospital-cybersecurity.html").lines().toList();
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                assertThat(before.get(i)).startsWith("<p class=\"sg-when\" id=\"");
                assertThat(after.get(i)).isEqualTo(before.get(i).replace("<p class=\"sg-when\"", "<p class=\"our-note\""));
                changed++;
            }
        }
        assertThat(changed).as("every condition note, nothing else").isEqualTo(
                (int) before.stream().filter(line -> line.startsWith("<p class=\"sg-when\"")).count()).isPositive();
    }

    @Test
    void aHostOverridesAComponentAtRunTime(@TempDir Path forms) throws IOException {
        Survey survey = TestSurveys.mhlw();
        for (GeneratedFile file : new FormGenerator(Optional.empty()).generate(survey, "ja")) {
            Files.createDirectories(forms.resolve(file.path()).getParent());
            Files.writeString(forms.resolve(file.path()), file.content());
        }
        dev.surveygen.freemarker.SurveyForms plain = dev.surveygen.freemarker.SurveyForms.fromDirectory(forms);
        dev.surveygen.freemarker.FormPage page = dev.surveygen.freemarker.FormPage.empty();
        String before = plain.render(survey.id(), page);
        assertThat(before).contains("<summary>回答要領</summary>");
        Files.writeString(templates.resolve("guidance.ftlh"), "<#macro guidance question texts></#macro>\n");
        String after = plain.withOverrides(templates).render(survey.id(), page);
        assertThat(after).doesNotContain("sg-details").contains("<fieldset class=\"sg-question\" id=\"q-Q2-1.group\"");
        // Exactly the guidance is gone: removing every details block from the page gives the overridden page.
        assertThat(after).isEqualTo(before.replaceAll("(?s)<details class=\"sg-details\">.*?</details>\n", ""));
    }

    @Test
    void componentsCannotInstantiateClassesOrReachTheApi() throws IOException {
        Files.writeString(templates.resolve("hint.ftlh"), "<#macro hint question><#assign exec ="
                + " \"freemarker.template.utility.Execute\"?new()>${exec(\"id\")}</#macro>");
        Survey survey = TestSurveys.load("hinted.yaml", """
                surveygen: 1
                id: hinted
                title: T
                sections:
                  - id: s
                    title: S
                    questions:
                      - {id: Q1, type: text, label: L, hint: H}
                """);
        assertThatThrownBy(() -> new FormGenerator(Optional.of(templates)).generate(survey, "ja"))
                .isInstanceOf(IOException.class).hasMessageContaining("freemarker.template.utility.Execute");
        Files.writeString(templates.resolve("hint.ftlh"), "<#macro hint question>${question?api.getClass()}</#macro>");
        assertThatThrownBy(() -> new FormGenerator(Optional.of(templates)).generate(survey, "ja"))
                .isInstanceOf(IOException.class).hasMessageContaining("api");
    }

    @Test
    void onlyTheRulesJsonIsPrintedUnescaped() throws IOException {
        for (String name : FormGenerator.COMPONENTS) {
            String component = builtIn("components/" + name);
            assertThat(component).as(name).doesNotContain("?api").doesNotContain("?new")
                    .doesNotContainPattern("(?i)https?://|src=\"//");
            if (!name.equals("page.ftlh")) {
                assertThat(component).as(name).doesNotContain("no_esc");
            }
        }
        assertThat(builtIn("components/page.ftlh").split("no_esc", -1)).as("one ?no_esc: the rules JSON").hasSize(2);
        assertThat(builtIn("components/page.ftlh")).contains("<script type=\"application/json\" id=\"sg-rules\">${rules?no_esc}</script>");
        assertThat(builtIn("surveygen-form.js")).doesNotContainPattern("(?i)https?://|innerHTML|eval\\(|new Function");
        assertThat(builtIn("surveygen-rules.js")).doesNotContainPattern("(?i)https?://|innerHTML|eval\\(|new Function")
                .as("the rules script has no DOM").doesNotContainPattern("\\bdocument\\.|\\bwindow\\.");
    }

    private static String builtIn(String name) throws IOException {
        try (InputStream in = FormGenerator.class.getResourceAsStream("/dev/surveygen/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
