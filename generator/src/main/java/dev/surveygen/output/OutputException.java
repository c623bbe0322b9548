package dev.surveygen.output;

import java.io.IOException;

/** The output cannot be written as asked (a root that is a file, a link in the way); nothing was written. */
public final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
