package dev.surveygen.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Append-only JSON lines: whole lines only, a torn last line (an interrupted write) cut off on opening. */
class ResponseStoreTest {

    @TempDir
    Path dir;

    @Test
    void appendsOneWholeLinePerResponse() throws Exception {
        Path file = dir.resolve("new/responses.jsonl");
        ResponseStore store = ResponseStore.open(file);
        store.append("{\"Q13\":12}");
        store.append("{\"Q1-1\":\"山田\"}");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{\"Q13\":12}\n{\"Q1-1\":\"山田\"}\n");
        assertThatThrownBy(() -> store.append("{\n}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void aTornLastLineIsCutOffWhenTheStoreOpens() throws Exception {
        Path file = dir.resolve("responses.jsonl");
        Files.writeString(file, "{\"Q13\":12}\n{\"Q1-1\":\"山", StandardCharsets.UTF_8);
        ResponseStore store = ResponseStore.open(file);
        assertThat(Files.readString(file)).isEqualTo("{\"Q13\":12}\n");
        store.append("{\"Q13\":13}");
        assertThat(Files.readAllLines(file)).containsExactly("{\"Q13\":12}", "{\"Q13\":13}");

        Files.writeString(file, "{\"torn\":");
        ResponseStore.open(file);
        assertThat(Files.readString(file)).isEmpty();
        assertThat(ResponseStore.open(file).file()).isEqualTo(file);
        assertThat(List.of(Files.size(file))).containsExactly(0L);
    }
}
