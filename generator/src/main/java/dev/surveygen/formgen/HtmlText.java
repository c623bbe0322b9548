package dev.surveygen.formgen;

/**
 * The one text the form's components print without escaping: the rules JSON inside
 * {@code <script type="application/json">}, made safe here. Every other text of the page is a
 * plain string in the view that FreeMarker's HTML auto-escaping escapes where it is printed.
 */
final class HtmlText {

    private HtmlText() {}

    /**
     * JSON made safe inside {@code <script type="application/json">} and inside a FreeMarker raw
     * string literal: no {@code <}, {@code >}, {@code &}, {@code $}, {@code #}, {@code '}, U+2028 or
     * U+2029 raw (each as its JSON escape, which JSON reads back as the same character).
     */
    static String scriptJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '$' -> out.append("\\u0024");
                case '#' -> out.append("\\u0023");
                case '\'' -> out.append("\\u0027");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
