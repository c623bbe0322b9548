package dev.surveygen.output;

import java.util.Objects;

/** A generated file: its path relative to an output root (always '/'-separated) and its text. */
public record GeneratedFile(String path, String content) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
