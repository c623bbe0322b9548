package dev.surveygen.load;

/**
 * The form in which a definition's {@code pattern} must be compiled, by Java and by JavaScript
 * alike. The loader accepts only patterns that {@code java.util.regex} and JavaScript's
 * {@code RegExp} with the {@code u} flag read the same way (docs/definition-format.md, Part 10),
 * with two exceptions that cannot be written differently by the author and are rewritten here:
 * {@code .} (Java's excludes U+0085, JavaScript's does not) and {@code $} (Java's also matches
 * before a final line break).
 */
public final class PortableRegex {

    private PortableRegex() {}

    /**
     * {@code pattern} with every {@code .} outside a character class replaced by
     * {@code [^\n\r\u2028\u2029]} and every {@code $} outside a class by {@code (?![\s\S])} (both
     * written with regex escapes, not raw characters); everything else is kept character for
     * character. Compile the result (Java: {@code Pattern.compile(canonical(p))} and
     * {@code matcher(answer).matches()}; JavaScript: {@code new RegExp('^(?:' + canonical(p) + ')$', 'u')})
     * so that both accept exactly the same answers. Idempotent. Meant for patterns of a loaded
     * survey; for any other string it returns some string and never throws.
     */
    public static String canonical(String pattern) {
        return RegexPortability.canonical(pattern);
    }
}
