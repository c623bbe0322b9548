package dev.surveygen.cli;

/** The CLI's exit codes (a public contract, see docs/cli.md). */
final class ExitCode {

    /** Clean definition / valid response / command done. */
    static final int OK = 0;
    /** Errors in a definition (lint) or violations in a response (check). */
    static final int FOUND = 1;
    /** Usage error, unreadable file, or a definition or response that cannot be judged. */
    static final int CANNOT_JUDGE = 2;
    /** A bug in surveygen itself. */
    static final int INTERNAL = 3;

    private ExitCode() {}
}
