package dev.surveygen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The canonical form of a pattern, which Java and JavaScript must both compile. */
class PortableRegexTest {

    @Test
    void dotAndDollarOutsideClassesAreRewritten() {
        assertThat(PortableRegex.canonical("a.b")).isEqualTo("a[^\\n\\r\\u2028\\u2029]b");
        assertThat(PortableRegex.canonical("a$|^b.*$")).isEqualTo("a(?![\\s\\S])|^b[^\\n\\r\\u2028\\u2029]*(?![\\s\\S])");
    }

    @Test
    void escapedAndClassCharactersAreKept() {
        for (String kept : new String[] {"a\\.b", "[.]", "[^.$]", "\\$", "\\\\", "[\\].]x", "\\u002E", "(?<n>a)\\k<n>"}) {
            assertThat(PortableRegex.canonical(kept)).as(kept).isEqualTo(kept);
        }
        assertThat(PortableRegex.canonical("\\\\.")).isEqualTo("\\\\[^\\n\\r\\u2028\\u2029]");
        assertThat(PortableRegex.canonical("[a.].")).isEqualTo("[a.][^\\n\\r\\u2028\\u2029]");
    }

    @Test
    void idempotentAndTotal() {
        String once = PortableRegex.canonical("x.y$");
        assertThat(PortableRegex.canonical(once)).isEqualTo(once);
        for (String odd : new String[] {"", "\\", "[", "[^", "\\u12", "\\k<", "a]"}) {
            assertThat(PortableRegex.canonical(odd)).as(odd).isNotNull();
        }
    }

    @Test
    void javaThenMatchesAsJavaScriptDoes() {
        // Java's own '.' excludes U+0085 and its '$' matches before a final line break; JavaScript's do not.
        assertThat(Pattern.compile("a.").matcher("a\u0085").matches()).isFalse();
        assertThat(Pattern.compile(PortableRegex.canonical("a.")).matcher("a\u0085").matches()).isTrue();
        assertThat(Pattern.compile("a$\\u0085").matcher("a\u0085").matches()).isTrue();
        assertThat(Pattern.compile(PortableRegex.canonical("a$\\u0085")).matcher("a\u0085").matches()).isFalse();
        assertThat(Pattern.compile(PortableRegex.canonical("a.")).matcher("a\n").matches()).isFalse();
        assertThat(Pattern.compile(PortableRegex.canonical("a.")).matcher("a\u2028").matches()).isFalse();
        assertThat(Pattern.compile(PortableRegex.canonical(".")).matcher("\uD842\uDF9F").matches()).isTrue();
    }
}
