package dev.surveygen.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output writer's promises: a failed write writes nothing, in any of its roots; it deletes
 * only regular files inside a root that it wrote itself (listed in its manifest with the digest of
 * what it wrote), and it never follows a link out of a root, neither to write nor to delete.
 */
class OutputWriterTest {

    @TempDir
    Path dir;

    private final OutputWriter writer = new OutputWriter();

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content);
    }

    private static List<String> tree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    @Test
    void aRootThatIsAFileFailsTheWholeWriteBeforeAnythingIsWritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("forms"), "a file where a directory belongs");
        assertThatThrownBy(() -> writer.write(List.of(
                new OutputWriter.Root(out.resolve("java"), List.of(file("p/A.java", "class A {}"))),
                new OutputWriter.Root(out.resolve("forms"), List.of(file("s.html", "<p>"))))))
                .isInstanceOf(IOException.class)
                .hasMessage(out.resolve("forms") + " exists and is not a directory");
        assertThat(tree(out)).containsExactly("forms");
    }

    @Test
    void aTargetThatIsADirectoryFailsTheWholeWriteBeforeAnythingIsWritten() throws IOException {
        Path java = dir.resolve("java");
        Files.createDirectories(java.resolve("p/B.java"));
        assertThatThrownBy(() -> writer.write(java, List.of(file("p/A.java", "class A {}"), file("p/B.java", "class B {}"))))
                .isInstanceOf(IOException.class)
                .hasMessage(java.resolve("p/B.java") + " exists and is not a regular file; surveygen will not replace it");
        assertThat(tree(java)).containsExactly("p", "p/B.java");
    }

    @Test
    void writesEveryRootAndAManifestWithDigests() throws IOException {
        Path java = dir.resolve("java");
        OutputWriter.Report report = writer.write(java, List.of(file("p/A.java", "class A {}")));
        assertThat(report.written()).containsExactly("p/A.java");
        assertThat(Files.readString(java.resolve(OutputWriter.MANIFEST))).isEqualTo(
                "# surveygen output manifest 2: SHA-256 of each file as written, and its path\n"
                        + sha256("class A {}") + " p/A.java\n");
        assertThat(writer.write(java, List.of(file("p/A.java", "class A {}"))).unchanged()).containsExactly("p/A.java");
    }

    @Test
    void removesWhatItWroteAndNoLongerGenerates() throws IOException {
        Path java = dir.resolve("java");
        writer.write(java, List.of(file("p/A.java", "class A {}"), file("p/B.java", "class B {}")));
        OutputWriter.Report report = writer.write(java, List.of(file("q/A.java", "class A {}")));
        assertThat(report.deleted()).containsExactly("p/A.java", "p/B.java");
        assertThat(tree(java)).containsExactly(OutputWriter.MANIFEST, "q", "q/A.java");
    }

    @Test
    void keepsAFileThatWasChangedSinceItWasWritten() throws IOException {
        Path java = dir.resolve("java");
        writer.write(java, List.of(file("p/A.java", "class A {}"), file("p/B.java", "class B {}")));
        Files.writeString(java.resolve("p/B.java"), "class B { /* mine now */ }");
        OutputWriter.Report report = writer.write(java, List.of(file("p/A.java", "class A {}")));
        assertThat(report.deleted()).isEmpty();
        assertThat(report.kept()).containsExactly("p/B.java");
        assertThat(Files.readString(java.resolve("p/B.java"))).isEqualTo("class B { /* mine now */ }");
        assertThat(Files.readString(java.resolve(OutputWriter.MANIFEST))).doesNotContain("B.java");
    }

    @Test
    void neverDeletesThroughALinkedDirectory() throws IOException {
        // The probe: the manifest listed p/B.java; p was then a link to a directory outside, where
        // a file of that name (with the very content surveygen wrote) was deleted.
        Path java = dir.resolve("java");
        writer.write(java, List.of(file("p/A.java", "class A {}"), file("p/B.java", "class B {}")));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("B.java"), "class B {}");
        Files.delete(java.resolve("p/A.java"));
        Files.delete(java.resolve("p/B.java"));
        Files.delete(java.resolve("p"));
        Files.createSymbolicLink(java.resolve("p"), outside);
        OutputWriter.Report report = writer.write(java, List.of(file("q/A.java", "class A {}")));
        assertThat(report.deleted()).isEmpty();
        assertThat(Files.readString(outside.resolve("B.java"))).isEqualTo("class B {}");
    }

    @Test
    void neverDeletesALinkNorWhatItPointsTo() throws IOException {
        Path java = dir.resolve("java");
        writer.write(java, List.of(file("A.java", "class A {}"), file("B.java", "class B {}")));
        Path outside = Files.writeString(dir.resolve("B.java"), "class B {}");
        Files.delete(java.resolve("B.java"));
        Files.createSymbolicLink(java.resolve("B.java"), outside);
        assertThat(writer.write(java, List.of(file("A.java", "class A {}"))).deleted()).isEmpty();
        assertThat(outside).hasContent("class B {}");
        assertThat(Files.isSymbolicLink(java.resolve("B.java"))).isTrue();
    }

    @Test
    void neverWritesThroughALinkedDirectory() throws IOException {
        Path java = Files.createDirectories(dir.resolve("java"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(java.resolve("p"), outside);
        assertThatThrownBy(() -> writer.write(java, List.of(file("p/A.java", "class A {}"))))
                .isInstanceOf(IOException.class)
                .hasMessage(java.resolve("p") + " is a symbolic link; surveygen writes only into directories under "
                        + java);
        assertThat(tree(outside)).isEmpty();
    }

    @Test
    void aManifestCannotNameFilesOutsideTheRootOrFilesItDidNotWrite() throws IOException {
        Path java = Files.createDirectories(dir.resolve("java"));
        Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.writeString(java.resolve("mine.txt"), "precious");
        Files.writeString(java.resolve(OutputWriter.MANIFEST), "# surveygen output manifest 2\n"
                + sha256("precious") + " ../victim.txt\n"
                + sha256("something else") + " mine.txt\n");
        assertThat(writer.write(java, List.of(file("A.java", "class A {}"))).deleted()).isEmpty();
        assertThat(dir.resolve("victim.txt")).hasContent("precious");
        assertThat(java.resolve("mine.txt")).hasContent("precious");
    }

    @Test
    void aManifestWithoutDigestsDeletesNothing() throws IOException {
        // Written by an earlier surveygen: it cannot prove the files are still what it wrote.
        Path java = Files.createDirectories(dir.resolve("java"));
        Files.writeString(java.resolve("Old.java"), "class Old {}");
        Files.writeString(java.resolve(OutputWriter.MANIFEST), "Old.java\n");
        OutputWriter.Report report = writer.write(java, List.of(file("A.java", "class A {}")));
        assertThat(report.deleted()).isEmpty();
        assertThat(report.kept()).containsExactly("Old.java");
        assertThat(java.resolve("Old.java")).exists();
    }

    @Test
    void twoRootsMustBeDifferentDirectories() throws IOException {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> writer.write(List.of(new OutputWriter.Root(out, List.of(file("A.java", "a"))),
                new OutputWriter.Root(out.resolve("."), List.of(file("s.html", "b"))))))
                .isInstanceOf(IOException.class)
                .hasMessage(out.resolve(".") + " and " + out + " are the same directory; give each output its own");
        assertThat(out).doesNotExist();
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
