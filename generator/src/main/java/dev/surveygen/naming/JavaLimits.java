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

    /**
     * The most questions in one survey. The response, its builder and the enablement class have a
     * method per question, and javac allows 65,535 constants per class (each method's name and
     * descriptor take some); 50,000 leaves room for the rest. Answers past the 32,767th are indexed
     * without a constant.
     */
    public static final int MAX_QUESTIONS = 50_000;

    /**
     * {@link #MAX_QUESTIONS} when the response carries Jackson annotations, which name each
     * question once more in the response class. Only generation knows that option.
     */
    public static final int MAX_QUESTIONS_WITH_JACKSON = 30_000;

    private JavaLimits() {}
}
