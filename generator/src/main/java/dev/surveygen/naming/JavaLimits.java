package dev.surveygen.naming;

/**
 * What one generated Java class can hold, found by compiling with javac 17: the check phase
 * refuses a definition beyond these limits, with the limit in the message, instead of
 * generating Java that does not compile.
 */
public final class JavaLimits {

    /**
     * The most choices in one list. Each choice is a constant of the list's enum, and javac
     * initialises every enum constant in the class initialiser, which the class file format limits
     * to 64 KiB of code: about 16 bytes a constant, so a little over 4,090 constants, however small
     * the rest of the enum is kept (its codes and labels are tables filled by other methods).
     */
    public static final int MAX_CHOICES = 4_000;

    private JavaLimits() {}
}
