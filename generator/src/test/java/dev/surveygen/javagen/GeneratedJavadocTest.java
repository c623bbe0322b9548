package dev.surveygen.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surveygen.model.Survey;
import dev.surveygen.output.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's {@code javadoc} on the generated MHLW sources, as a developer would run it on their
 * project: no error, no warning (every doclint group, missing comments included), and the texts
 * render as written (a condition's {@code ${Q2-1}}, not its HTML entities).
 */
class GeneratedJavadocTest {

    @Test
    void javadocRunsCleanAndRendersConditionsLegibly(@TempDir Path dir) throws IOException {
        Survey survey = GeneratedSurvey.loadFile(DifferentialTest.MHLW);
        JavaGenerator.Result result = new JavaGenerator().generate(survey, JavaGeneratorOptions.defaults()
                .withPackage(GoldenFilesTest.PACKAGE));
        Path sources = dir.resolve("src");
        for (GeneratedFile file : result.files()) {
            Path path = sources.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content(), StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("doc");
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        int exit = javadoc.run(null, print, print, "-d", out.toString(), "-sourcepath", sources.toString(),
                "-encoding", "UTF-8", "-docencoding", "UTF-8", "--release", "17", "-Xdoclint:all", "-quiet",
                "-notimestamp", GoldenFilesTest.PACKAGE);
        String printed = messages.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("error");
        assertThat(exit).isZero();

        String questions = Files.readString(out.resolve(GoldenFilesTest.PACKAGE.replace('.', '/')
                + "/HospitalSecurityQuestions.html"), StandardCharsets.UTF_8);
        assertThat(questions).doesNotContain("&amp;#").doesNotContain("enabled when");
        // The label is said once, on the accessor (as its inline return), and rendered as text, and so
        // is the condition of a conditional question, where a developer reads about its answer.
        String response = Files.readString(out.resolve(GoldenFilesTest.PACKAGE.replace('.', '/')
                + "/HospitalSecurityResponse.html"), StandardCharsets.UTF_8);
        assertThat(response).contains("Returns the answer to Q1-1: 回答者の氏名.")
                .contains("Returns the answer to Q2-2: CISOは医療情報に関連した資格を保持している.")
                .contains("Enabled when <code>&#36;{Q2-1} = yes</code>.").doesNotContain("&amp;#");
    }
}
