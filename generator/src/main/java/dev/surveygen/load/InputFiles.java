package dev.surveygen.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Reads input (definitions, responses) without ever holding more than a limit: a regular file's
 * size is checked before it is opened, and any other source (standard input, a pipe, a device) is
 * read only up to one byte past the limit. Reading a 3 GiB file whole used to end in an
 * OutOfMemoryError; now it is an {@link IOException} saying how large it is.
 */
public final class InputFiles {

    /** The largest array the JVM allocates. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    /** Input larger than the limit; its message says so for "cannot read the file: …". */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(OptionalLong size, String limit) {
            super(size.isPresent() ? "it has " + size.getAsLong() + " bytes, more than " + limit
                    : "it is larger than " + limit);
        }
    }

    private InputFiles() {}

    /**
     * The bytes of {@code path}, at most {@code maxBytes} of them.
     *
     * @param limit the limit in words, completing "more than …" (e.g. "the limit of 20 bytes")
     */
    public static byte[] read(Path path, long maxBytes, String limit) throws IOException {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(path)) {
            long size = Files.size(path);
            if (size > Math.min(maxBytes, MAX_BYTES)) {
                throw new TooLargeException(OptionalLong.of(size), limit);
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, maxBytes, limit);
        }
    }

    /** At most {@code maxBytes} bytes of a stream; one more is read to tell that it has more. */
    public static byte[] read(InputStream in, long maxBytes, String limit) throws IOException {
        int cap = (int) Math.min(maxBytes, MAX_BYTES - 1);
        byte[] bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
            throw new TooLargeException(OptionalLong.empty(), limit);
        }
        return bytes;
    }
}
