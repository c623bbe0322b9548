package dev.surveygen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.build.GenerationConfig;
import dev.surveygen.build.FormLayout;
import dev.surveygen.build.SurveyCheck;
import dev.surveygen.diagnostics.Diagnostic;
import dev.surveygen.diagnostics.Severity;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.javagen.JavaGeneratorOptions;
import dev.surveygen.load.LoaderLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes {@code lint} skip a check: its key covers the plugin, every option and every input;
 * its record replays the warnings exactly; and {@code generate} takes what {@code lint} checked
 * only for the same definition content and check options.
 */
class LintStateTest {

    private static final String SURVEY = """
            surveygen: 1
            id: s
            title: 調査
            choice-lists:
              unused:
                - {code: a, label: A}
            sections:
              - id: main
                title: 本体
                questions:
                  - id: Q1
                    type: yes-no
                    label: はい・いいえ
            """;

    @TempDir
    Path dir;

    private String key(List<String> plugin, GenerationConfig config, List<Path> definitions) throws IOException {
        return Digests.sha256(InputDigest.checkText(plugin, config, dir.resolve("src"), definitions));
    }

    @Test
    void theCheckKeyCoversThePluginEveryOptionAndEveryInput() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path a = Files.writeString(src.resolve("a.yaml"), "a");
        Files.writeString(templates.resolve("radios.ftlh"), "x");
        GenerationConfig config = new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.of(templates),
                LoaderLimits.DEFAULT);
        List<String> plugin = List.of("dev.surveygen:surveygen-maven-plugin:1.0");

        String base = key(plugin, config, List.of(a));
        assertThat(key(plugin, config, List.of(a))).as("stable").isEqualTo(base);
        assertThat(key(List.of("dev.surveygen:surveygen-maven-plugin:1.1"), config, List.of(a))).as("plugin version")
                .isNotEqualTo(base);
        assertThat(key(List.of("dev.surveygen:surveygen-maven-plugin:1.0", "surveygen-generator 0ff1ce"), config,
                List.of(a))).as("a snapshot's jars").isNotEqualTo(base);
        assertThat(key(plugin, config.withLocale(Optional.of("en")), List.of(a))).as("locale").isNotEqualTo(base);
        assertThat(key(plugin, new GenerationConfig(JavaGeneratorOptions.defaults(), Optional.of(templates),
                LoaderLimits.DEFAULT.withMaxCodePoints(1000)), List.of(a))).as("maxSize").isNotEqualTo(base);
        assertThat(key(plugin, GenerationConfig.defaults(), List.of(a))).as("template directory").isNotEqualTo(base);
        assertThat(key(plugin, config, List.of())).as("a definition less").isNotEqualTo(base);
        assertThat(Digests.sha256(InputDigest.checkText(plugin, config, dir.resolve("elsewhere"), List.of(a))))
                .as("source directory").isNotEqualTo(base);
        assertThat(Digests.sha256(InputDigest.text(plugin, config, dir.resolve("java"), dir.resolve("res"), src,
                List.of(a)))).as("never generate's key").isNotEqualTo(base);
        Files.writeString(templates.resolve("radios.ftlh"), "y");
        String afterTemplate = key(plugin, config, List.of(a));
        assertThat(afterTemplate).as("template content").isNotEqualTo(base);
        Files.writeString(a, "b");
        assertThat(key(plugin, config, List.of(a))).as("definition content").isNotEqualTo(afterTemplate);
    }

    @Test
    void theRecordReplaysWarningsExactlyAndNeverHoldsAnError() throws IOException {
        Diagnostic warning = new Diagnostic(dir.resolve("a b.yaml").toString(), new SourcePosition(4, 3),
                Severity.WARNING, "choice list 'x\\ty' is not used by any question: 「未使用」");
        LintRecord record = new LintRecord("abc", List.of(warning));
        Path file = dir.resolve("surveygen/default-cli.lint");

        assertThat(record.recordable()).isTrue();
        record.write(file);

        assertThat(LintRecord.read(file)).contains(record);
        assertThat(LintRecord.read(file).orElseThrow().diagnostics()).extracting(Object::toString)
                .containsExactly(warning.toString());
        Diagnostic error = new Diagnostic("a.yaml", SourcePosition.START, Severity.ERROR, "bad");
        assertThat(new LintRecord("abc", List.of(warning, error)).recordable()).isFalse();
        assertThat(new LintRecord("abc", List.of(new Diagnostic("a\nb.yaml", SourcePosition.START, Severity.WARNING,
                "w"))).recordable()).as("a path that would break the line").isFalse();
        Files.writeString(file, "digest abc\nerror\ta.yaml\t1\t1\tbad\n");
        assertThat(LintRecord.read(file)).as("an error line is never read as up to date").isEmpty();
        Files.writeString(file, "garbage\n");
        assertThat(LintRecord.read(file)).isEmpty();
        assertThat(LintRecord.read(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void generateTakesWhatLintCheckedOnlyForTheSameContentAndConfiguration() throws IOException {
        Path definition = Files.writeString(dir.resolve("s.yaml"), SURVEY);
        GenerationConfig config = GenerationConfig.defaults().withFormLayout(FormLayout.CLASSPATH);
        SystemStreamLog log = new SystemStreamLog();

        SurveyCheck.Result checked = SurveyChecks.checkAndKeep(config, definition);
        assertThat(checked.diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
        assertThat(SurveyChecks.takeOrCheck(config, definition, log)).isSameAs(checked);
        assertThat(SurveyChecks.takeOrCheck(config, definition, log)).as("taken once").isNotSameAs(checked)
                .isEqualTo(checked);

        int kept = SurveyChecks.kept();
        SurveyCheck.Result forJa = SurveyChecks.checkAndKeep(config, definition);
        GenerationConfig otherPackage = new GenerationConfig(JavaGeneratorOptions.defaults().withPackage("com.example.s"),
                Optional.empty(), LoaderLimits.DEFAULT, Optional.empty(), FormLayout.CLASSPATH);
        assertThat(SurveyChecks.takeOrCheck(otherPackage, definition, log)).as("other Java options: checked again")
                .isNotSameAs(forJa).isEqualTo(forJa);
        SurveyCheck.Result forEn = SurveyChecks.takeOrCheck(config.withLocale(Optional.of("en")), definition, log);
        assertThat(forEn.diagnostics()).as("another locale: checked again").extracting(Diagnostic::severity)
                .contains(Severity.ERROR);

        Files.writeString(definition, SURVEY.replace("choice-lists:\n  unused:\n    - {code: a, label: A}\n", ""));
        SurveyCheck.Result afterEdit = SurveyChecks.takeOrCheck(config, definition, log);
        assertThat(afterEdit).as("changed content is checked again").isNotSameAs(forJa);
        assertThat(afterEdit.diagnostics()).isEmpty();
        assertThat(SurveyChecks.kept()).as("the stale entry stays only until the build ends").isEqualTo(kept + 1);
    }
}
