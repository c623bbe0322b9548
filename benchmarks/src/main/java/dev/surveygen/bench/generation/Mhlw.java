package dev.surveygen.bench.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The MHLW definition as the survey-def module packages it ({@code surveygen/} on the classpath). */
public final class Mhlw {

    public static final String RESOURCE = "/surveygen/mhlw-r6-hospital-cybersecurity.yaml";

    private Mhlw() {}

    public static byte[] definition() {
        try (InputStream in = Mhlw.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
