package dev.surveygen.formgen;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * Text from a definition, escaped for HTML text and attribute values and also for the runtime
 * FreeMarker template it is baked into: {@code $} and {@code #} become character references, so a
 * label such as {@code ${x}} can never become an interpolation when the host renders the form.
 * Handed to the generator's templates as markup, so they print it without {@code ?no_esc}.
 */
final class HtmlText {

    private HtmlText() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '$' -> out.append("&#36;");
                case '#' -> out.append("&#35;");
                case '\r' -> { }
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static TemplateHTMLOutputModel markup(String text) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(escape(text));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON made safe inside {@code <script type="application/json">}: no '<', '>', '&', '$', '#' raw. */
    static TemplateHTMLOutputModel scriptJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '$' -> out.append("\\u0024");
                case '#' -> out.append("\\u0023");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(out.toString());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
