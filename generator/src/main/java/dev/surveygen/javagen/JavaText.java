package dev.surveygen.javagen;

import java.util.ArrayList;
import java.util.List;

/**
 * Escapes text from a definition for the places it lands in Java source. JavaPoet escapes
 * neither Javadoc nor comments, and javac turns backslash-u escapes into characters everywhere,
 * comments included, so a label could otherwise end a comment or inject code.
 */
final class JavaText {

    private JavaText() {}

    /**
     * Text for Javadoc: HTML-escaped for doclint, with every backslash, at sign and the
     * comment terminator written as entities, and invisible or line-breaking characters as
     * numeric references.
     */
    static String javadoc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '$' -> out.append("&#36;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '\r' -> { }
                case '\n' -> out.append('\n');
                default -> {
                    if (c == '\t' || (Character.isISOControl(c) && c != '\n')) {
                        out.append(' '); // doclint accepts no entity for control characters
                    } else if (needsEscape(c)) {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A Java string literal for any text, to be emitted with {@code $L}. JavaPoet's {@code $S}
     * cannot be used for text from a definition: it passes U+2028 and U+2029 through and then breaks
     * the line at them. Control characters become octal escapes (a backslash-u escape of a line
     * feed would end the literal, since javac reads those first); invisible and bidirectional
     * characters become backslash-u escapes, which are safe for characters that are not line
     * terminators to javac.
     */
    static String literal(String text) {
        if (text.length() > MAX_CONSTANT_BYTES / 3 && modifiedUtf8Length(text) > MAX_CONSTANT_BYTES) {
            // A class file holds a string constant of at most 65,535 bytes ("constant string too
            // long"), and "a" + "b" is folded into one constant: join the pieces at run time.
            List<String> pieces = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + MAX_CONSTANT_BYTES / 3);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // keep a surrogate pair in one piece: half of one cannot be written as UTF-8
                }
                pieces.add(quoted(text.substring(start, end)));
                start = end;
            }
            return "java.lang.String.join(\"\", " + String.join(", ", pieces) + ")";
        }
        return quoted(text);
    }

    /** The most bytes of a string constant in a class file (modified UTF-8). */
    static final int MAX_CONSTANT_BYTES = 65_535;

    private static int modifiedUtf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format(java.util.Locale.ROOT, "\\%03o", (int) c));
                    } else if (needsEscape(c)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Characters written as backslash-u escapes in the final source: line and paragraph
     * separators, bidirectional controls (Trojan Source), and other invisible format characters.
     * An escape means the same as the character to javac, so this is safe anywhere in a file.
     */
    static boolean needsEscape(char c) {
        if (c >= ' ' && c < 0x7F) {
            return false; // printable ASCII, nearly every character of a file: decided at once
        }
        return c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF' || c == '\u0085'
                || (Character.isISOControl(c) && c != '\n' && c != '\t');
    }

    /** The whole generated file with {@link #needsEscape} characters as backslash-u escapes. */
    static String escapeInvisible(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (needsEscape(c)) {
                if (out == null) {
                    out = new StringBuilder(source.length() + 16).append(source, 0, i);
                }
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? source : out.toString();
    }

    /**
     * JavaPoet's output in the layout a developer writes by hand: an empty body is written {@code {}}
     * on its declaration's line, a Javadoc comment of one line is written on one line
     * ({@code /** text *}{@code /}), and a run of declarations that each take one
     * line with such a comment (enum constants, constants) has no blank line between them. Only
     * whole lines are joined, and only lines that are a comment's start, its one line of text and
     * its end: no string literal spans lines in generated code, so none is touched.
     */
    static String compact(String source) {
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i + 1 < lines.length && line.endsWith(") {") && lines[i + 1].trim().equals("}")
                    && lines[i + 1].length() - 1 == line.length() - line.stripLeading().length()) {
                out.add(line + "}"); // an empty body, such as a private constructor's: {}
                i += 1;
                continue;
            }
            if (i + 2 < lines.length && line.trim().equals("/**") && lines[i + 2].trim().equals("*/")
                    && lines[i + 1].trim().startsWith("* ") && !lines[i + 1].contains("*/")) {
                out.add(line + " " + lines[i + 1].trim().substring(2) + " */");
                i += 2;
                continue;
            }
            out.add(line);
        }
        List<String> joined = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            String line = out.get(i);
            if (line.isEmpty() && i >= 2 && i + 2 < out.size() && oneLineDeclaration(out.get(i - 2), out.get(i - 1))
                    && oneLineDeclaration(out.get(i + 1), out.get(i + 2))) {
                continue;
            }
            joined.add(line);
        }
        return String.join("\n", joined);
    }

    /** A one-line Javadoc comment followed by a declaration on one line (an enum constant, a field). */
    private static boolean oneLineDeclaration(String comment, String declaration) {
        String c = comment.trim();
        String d = declaration.trim();
        return c.startsWith("/** ") && c.endsWith(" */") && !d.startsWith("@") && !d.startsWith("/")
                && (d.endsWith(",") || d.endsWith(";")) && !d.endsWith("{") && !d.contains("(") || enumConstant(c, d);
    }

    private static final java.util.regex.Pattern ENUM_CONSTANT =
            java.util.regex.Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\(.*\\))?[,;]");

    private static boolean enumConstant(String c, String d) {
        return c.startsWith("/** ") && c.endsWith(" */") && ENUM_CONSTANT.matcher(d).matches();
    }
}
