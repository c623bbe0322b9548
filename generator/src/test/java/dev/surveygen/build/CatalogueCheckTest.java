package dev.surveygen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.messages.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locales and texts a survey brings, checked by the one check phase at their positions: the
 * definition's {@code messages}, the catalogue files of the catalogue directory, locale tags.
 */
class CatalogueCheckTest {

    @TempDir
    Path dir;

    private List<String> check(String yaml, Optional<Path> catalogues) throws IOException {
        Path definition = Files.writeString(dir.resolve("s.yaml"), yaml);
        SurveyCheck.Result result = new SurveyCheck(GenerationConfig.defaults().withCatalogueDirectory(catalogues))
                .check(definition);
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private String file() {
        return dir.resolve("s.yaml").toString();
    }

    private static final String GERMAN = """
            surveygen: 1
            id: s
            title: Umfrage
            locale: de
            sections:
              - id: a
                title: A
                questions:
                  - {id: Q1, type: text, label: Name}
            """;

    @Test
    void aLocaleWithoutACatalogueIsAnErrorWhereItIsDeclared() throws IOException {
        assertThat(check(GERMAN, Optional.empty())).containsExactly(file() + ":4:9: error: surveygen has no catalogue"
                + " for the locale 'de': supply its texts in catalogue_de.properties, in the catalogue directory"
                + " (catalogues/ beside the definition, or --catalogues DIR); the locales with a catalogue are ja, en");
        Path catalogues = Files.createDirectories(dir.resolve("texts"));
        assertThat(check(GERMAN, Optional.of(catalogues))).containsExactly(file() + ":4:9: error: surveygen has no"
                + " catalogue for the locale 'de': supply its texts in " + catalogues.resolve("catalogue_de.properties")
                + "; the locales with a catalogue are ja, en");
    }

    @Test
    void localeTagsAreBcp47InCanonicalForm() throws IOException {
        String yaml = GERMAN.replace("locale: de", "locale: en\nlocales: [en, pt_BR, EN-gb]");
        assertThat(check(yaml, Optional.empty())).containsExactly(
                file() + ":5:15: error: locale 'pt_BR' is not a BCP 47 language tag such as ja, en or pt-BR (did you"
                        + " mean 'pt-BR'?)",
                file() + ":5:22: error: locale 'EN-gb' is not written in canonical form (did you mean 'en-GB'?)");
    }

    @Test
    void aCatalogueFileIsCheckedKeyByKeyAndMustHaveEveryText() throws IOException {
        Path catalogues = Files.createDirectories(dir.resolve("catalogues"));
        Path german = catalogues.resolve("catalogue_de.properties");
        Files.writeString(german, """
                # German, incomplete
                form.submit=Absenden
                form.sumbit=Absenden
                violation.required.enter=Geben Sie {was} ein.
                """);
        Files.writeString(catalogues.resolve("catalog_fr.properties"), "");
        // The default directory, catalogues/ beside the definition.
        List<String> diagnostics = check(GERMAN, Optional.empty());
        assertThat(diagnostics).startsWith(
                catalogues.resolve("catalog_fr.properties") + ":1:1: error: 'catalog_fr.properties' is not a catalogue: the"
                        + " catalogue directory holds only files named catalogue_TAG.properties, TAG a language tag such as"
                        + " de or pt-BR",
                german + ":1:1: error: the catalogue has no text 'condition.and', which the survey " + file()
                        + " needs in de (give it here or in the definition's messages)");
        assertThat(diagnostics).contains(
                german + ":3:1: error: there is no text 'form.sumbit' (did you mean 'form.submit'?)",
                german + ":4:1: error: text 'violation.required.enter' uses the argument {was}, which this text does not"
                        + " have; it has []");
        // Every key but the one it has (form.submit) is missing, each named once.
        assertThat(diagnostics.stream().filter(d -> d.contains("the catalogue has no text"))).hasSize(
                Catalogue.keySet().size() - 1).noneMatch(d -> d.contains("'form.submit'"));
        // A key the definition's messages give is not missing.
        String withMessages = GERMAN.replace("sections:", "messages:\n  condition.and: \"{left} und {right}\"\nsections:");
        assertThat(check(withMessages, Optional.empty())).noneMatch(d -> d.contains("'condition.and'"));
        // A survey that does not use the locale is not concerned by its file's problems.
        String english = GERMAN.replace("locale: de", "locale: en");
        assertThat(check(english, Optional.empty())).containsExactly(catalogues.resolve("catalog_fr.properties")
                + ":1:1: error: 'catalog_fr.properties' is not a catalogue: the catalogue directory holds only files"
                + " named catalogue_TAG.properties, TAG a language tag such as de or pt-BR");
    }

    @Test
    void theDefinitionsMessagesArePositionedWithDidYouMean() throws IOException {
        String yaml = """
                surveygen: 1
                id: s
                title: {en: Survey, ja: 調査}
                locales: [en, ja]
                locale: en
                messages:
                  form.sumbit: Send
                  form.submit: {en: Send, fr: Envoyer}
                  form.export: "Save {what}"
                  violation.range.between: "From {min} to {max}{unit}."
                sections:
                  - id: a
                    title: {en: A, ja: エー}
                    questions:
                      - {id: Q1, type: text, label: {en: Name, ja: 名前}}
                """;
        assertThat(check(yaml, Optional.empty())).containsExactly(
                file() + ":7:3: error: there is no text 'form.sumbit' to replace (did you mean 'form.submit'?) (the keys"
                        + " are listed in docs/forms.md)",
                file() + ":8:27: error: 'form.submit' has text in locale 'fr', which the survey does not declare; declared:"
                        + " en, ja",
                file() + ":9:16: error: text 'form.export' uses the argument {what}, which this text does not have; it has []");
    }

    /**
     * Found by review: a text that parses but cannot be formatted with what its key is given
     * (finished strings, numbers only for {…Count}) passed lint and then stopped generate and check
     * with an internal error; a numbered argument bound to whichever name sorted first.
     */
    @Test
    void aTextThatCannotBeFormattedWithItsArgumentsIsAnErrorNotACrash() throws IOException {
        String yaml = """
                surveygen: 1
                id: s
                title: Survey
                locale: en
                messages:
                  violation.range.between: "Enter {max,number,#} x"
                  violation.range.at-least: "Enter {0} or {5} x"
                  violation.selection-count.at-least: "At least {minCount,choice,0#none|1#{min}}."
                sections:
                  - id: a
                    title: A
                    questions:
                      - {id: Q1, type: integer, label: Count, min: 1, max: 9}
                """;
        assertThat(check(yaml, Optional.empty())).containsExactly(
                file() + ":6:28: error: the text of 'violation.range.between' gives an argument a format it cannot have:"
                        + " arguments are finished texts, written {name}; only a {…Count} argument takes a choice format,"
                        + " as in the built-in texts",
                file() + ":7:29: error: text 'violation.range.at-least' uses the argument {0}: arguments are named, as"
                        + " in the built-in texts; this text has [min, unit]");
        Path definition = dir.resolve("s.yaml");
        assertThat(new SurveyBuild(GenerationConfig.defaults()).generate(definition).diagnostics())
                .extracting(Diagnostic::toString).hasSize(2);
    }

    @Test
    void aCatalogueFileThatIsNotUtf8IsAnErrorAtTheByte() throws IOException {
        Path catalogues = Files.createDirectories(dir.resolve("catalogues"));
        Path german = catalogues.resolve("catalogue_de.properties");
        // "Abschlie\u00DFen" in Latin-1: 0xDF is no UTF-8.
        Files.write(german, "# German\nform.submit=Abschlie\u00DFen\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(check(GERMAN, Optional.empty())).contains(german + ":2:21: error: the catalogue is not valid UTF-8"
                + " (byte 0xDF at offset 29); save it as UTF-8");
    }

    @Test
    void aDeclaredLocaleLackingADefinitionTextIsAnErrorAtThatText() throws IOException {
        Path catalogues = Files.createDirectories(dir.resolve("catalogues"));
        StringBuilder all = new StringBuilder();
        for (String key : Catalogue.keySet()) {
            all.append(key).append('=').append(Catalogue.of("en", "en").pattern(key).replace("'", "''")).append('\n');
        }
        Files.writeString(catalogues.resolve("catalogue_de.properties"), all.toString());
        String yaml = GERMAN.replace("locale: de", "locale: de\nlocales: [de, en]").replace("title: A", "title: {de: A, en: A}")
                .replace("label: Name", "label: {de: Name, en: Name}");
        assertThat(check(yaml, Optional.empty())).containsExactly(file() + ":3:8: error: 'title' is missing its en text"
                + " (write it as {de: ..., en: ...})");
    }
}
