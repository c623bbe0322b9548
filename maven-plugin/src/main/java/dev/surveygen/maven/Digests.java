package dev.surveygen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** SHA-256 in lower-case hex. */
final class Digests {

    private Digests() {}

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /**
     * An input file's digest, hashed once per build for both goals (lint's and generate's keys both name
     * the definitions): remembered for the file as it is now, by its size and modification time,
     * for as long as the plugin's class realm lives (one build, or an IDE session).
     */
    static String inputSha256(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        FileKey key = new FileKey(file.toAbsolutePath().normalize(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        String known = FILES.get(key);
        if (known != null) {
            return known;
        }
        String digest = sha256(file);
        if (System.currentTimeMillis() - attributes.lastModifiedTime().toMillis() < RACY_MILLIS) {
            // Changed just now: another change within the clock's resolution could keep size and time
            // (git's "racy" entries), so such a file is hashed again next time.
            return digest;
        }
        if (FILES.size() >= MAX_REMEMBERED) {
            FILES.clear();
        }
        FILES.put(key, digest);
        return digest;
    }

    private record FileKey(Path path, long size, long modifiedNanos) {}

    private static final int MAX_REMEMBERED = 4096;
    private static final long RACY_MILLIS = 3_000;
    private static final Map<FileKey, String> FILES = new ConcurrentHashMap<>();
}
