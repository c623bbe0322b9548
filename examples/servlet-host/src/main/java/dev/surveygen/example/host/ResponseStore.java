package dev.surveygen.example.host;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Accepted responses, one JSON object per line, appended to one file and never rewritten. Each
 * line goes out in one write to a file opened for appending and is forced to the disk before the
 * respondent is thanked. A crash in the middle of a write can leave at most the last line torn
 * (without its newline); opening the store cuts such a tail off, so every line in the file is a
 * whole response.
 */
final class ResponseStore {

    private final Path file;
    private final FileChannel channel;

    private ResponseStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static ResponseStore open(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        long whole = wholeLinesLength(file);
        if (whole < channel.size()) {
            System.err.println("surveygen example host: " + file + " ended with a torn line of " + (channel.size() - whole)
                    + " bytes (an interrupted write); it was cut off");
            channel.truncate(whole);
            channel.force(true);
        }
        return new ResponseStore(file, channel);
    }

    /** The length of the file up to and including its last newline. */
    private static long wholeLinesLength(Path file) throws IOException {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = read.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            for (long at = size - 1; at >= 0; at--) {
                one.clear();
                read.read(one, at);
                if (one.get(0) == '\n') {
                    return at + 1;
                }
            }
            return 0;
        }
    }

    Path file() {
        return file;
    }

    /** Appends one response (JSON text without line breaks) as one line, durably. */
    synchronized void append(String json) throws IOException {
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a stored response is one line");
        }
        ByteBuffer line = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        long before = channel.size();
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(true);
        } catch (IOException e) {
            // A full disk can fail a write halfway: leave no torn line behind.
            channel.truncate(before);
            throw e;
        }
    }
}
