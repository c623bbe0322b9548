package dev.surveygen.load;

import dev.surveygen.condition.TextPositions;
import dev.surveygen.diagnostics.SourcePosition;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Maps each character of a scalar's value to where it stands in the file, so that an error in a
 * condition or a regular expression points at the exact column even when the scalar is quoted,
 * escaped or folded over several lines. The value is aligned with the raw text between the
 * scalar's marks; if the alignment fails (an exotic block scalar) offsets fall back to the start
 * of the scalar plus the offset, on its first line.
 */
final class ScalarPositions implements TextPositions {

    private final SourcePosition[] byOffset;
    private final SourcePosition start;

    private ScalarPositions(SourcePosition[] byOffset, SourcePosition start) {
        this.byOffset = byOffset;
        this.start = start;
    }

    @Override
    public SourcePosition at(int offset) {
        if (offset >= 0 && offset < byOffset.length && byOffset[offset] != null) {
            return byOffset[offset];
        }
        if (offset >= byOffset.length && byOffset.length > 0 && byOffset[byOffset.length - 1] != null) {
            SourcePosition last = byOffset[byOffset.length - 1];
            return new SourcePosition(last.line(), last.column() + 1 + (offset - byOffset.length));
        }
        return new SourcePosition(start.line(), start.column() + Math.max(0, offset));
    }

    static ScalarPositions of(ScalarNode node, SourceText source) {
        var startMark = node.getStartMark();
        var endMark = node.getEndMark();
        SourcePosition start = SourceText.position(startMark.getLine(), startMark.getColumn());
        String value = node.getValue();
        SourcePosition[] map = new SourcePosition[value.length()];
        int[][] raw = source.slice(startMark.getLine(), startMark.getColumn(), endMark.getLine(), endMark.getColumn());
        if (!align(value, raw, node.getScalarStyle(), map)) {
            java.util.Arrays.fill(map, null);
            int cp = 0;
            for (int i = 0; i < value.length(); i++) {
                map[i] = new SourcePosition(start.line(), start.column() + cp);
                if (!Character.isHighSurrogate(value.charAt(i))) {
                    cp++;
                }
            }
        }
        return new ScalarPositions(map, start);
    }

    private static boolean align(String value, int[][] raw, ScalarStyle style, SourcePosition[] map) {
        int p = afterProperties(raw);
        if (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
            p++;
        } else if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            while (p < raw.length && raw[p][0] != '\n') {
                p++;
            }
        }
        int i = 0;
        while (i < value.length()) {
            int v = value.codePointAt(i);
            int width = Character.charCount(v);
            if (p >= raw.length) {
                return false;
            }
            int r = raw[p][0];
            if (style == ScalarStyle.DOUBLE_QUOTED && r == '\\') {
                int next = p + 1 < raw.length ? raw[p + 1][0] : -1;
                if (next == '\n') { // escaped line break: contributes nothing
                    p += 2;
                    while (p < raw.length && (raw[p][0] == ' ' || raw[p][0] == '\t')) {
                        p++;
                    }
                    continue;
                }
                mark(map, i, width, raw[p]);
                p += escapeLength(next);
                i += width;
                continue;
            }
            if (style == ScalarStyle.SINGLE_QUOTED && v == '\'' && r == '\'') {
                mark(map, i, width, raw[p]);
                p += 2;
                i += width;
                continue;
            }
            if (r == v) {
                mark(map, i, width, raw[p]);
                p++;
                i += width;
                continue;
            }
            if (r == ' ' || r == '\t' || r == '\n') {
                if ((v == ' ' || v == '\n') && r == '\n') {
                    // A folded line break: the value's space or newline stands for the break.
                    mark(map, i, width, raw[p]);
                    i += width;
                }
                p++;
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * Where the scalar's own text starts: after its anchor ({@code &name}) and tag ({@code !!str}),
     * which SnakeYAML counts in the scalar's start mark and which no scalar's text can start with.
     */
    private static int afterProperties(int[][] raw) {
        int p = 0;
        while (p < raw.length && (raw[p][0] == '&' || raw[p][0] == '!')) {
            while (p < raw.length && raw[p][0] != ' ' && raw[p][0] != '\t' && raw[p][0] != '\n') {
                p++;
            }
            while (p < raw.length && (raw[p][0] == ' ' || raw[p][0] == '\t' || raw[p][0] == '\n')) {
                p++;
            }
        }
        return p;
    }

    private static int escapeLength(int escapeChar) {
        return switch (escapeChar) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }

    private static void mark(SourcePosition[] map, int index, int width, int[] raw) {
        SourcePosition position = SourceText.position(raw[1], raw[2]);
        for (int k = 0; k < width; k++) {
            map[index + k] = position;
        }
    }
}
