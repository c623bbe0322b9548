package dev.surveygen.formgen;

import java.io.IOException;

/** A form template (built-in or overridden) that does not render; the message names the template. */
public final class FormTemplateException extends IOException {

    private static final long serialVersionUID = 1L;

    FormTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
