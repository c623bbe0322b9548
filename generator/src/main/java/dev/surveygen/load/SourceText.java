package dev.surveygen.load;

import dev.surveygen.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of a definition split into lines of code points, so that a SnakeYAML mark
 * (0-based line and code-point column) can be turned back into the characters it points at.
 * Line breaks are the ones SnakeYAML counts: CR LF, CR, LF, NEL, LS and PS.
 */
final class SourceText {

    private final String text;
    /** The char offset where each line starts and where its break starts; found on first use. */
    private int[] starts;
    private int[] ends;
    /** Each line's code points, made on first use: positions are needed for a few scalars only. */
    private int[][] lines;

    SourceText(String text) {
        this.text = text;
    }

    private void index() {
        if (starts != null) {
            return;
        }
        int[] s = new int[64];
        int[] e = new int[64];
        int count = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                if (count + 1 >= s.length) {
                    s = java.util.Arrays.copyOf(s, s.length * 2);
                    e = java.util.Arrays.copyOf(e, e.length * 2);
                }
                s[count] = start;
                e[count++] = i;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        s[count] = start;
        e[count++] = length;
        starts = java.util.Arrays.copyOf(s, count);
        ends = java.util.Arrays.copyOf(e, count);
        lines = new int[count][];
    }

    private int[] line(int line) {
        if (lines[line] == null) {
            lines[line] = text.substring(starts[line], ends[line]).codePoints().toArray();
        }
        return lines[line];
    }

    /** The code point at 0-based line and column, '\n' at a line's end, -1 past the text. */
    int at(int line, int column) {
        index();
        if (line >= lines.length) {
            return -1;
        }
        int[] l = line(line);
        return column < l.length ? l[column] : (line + 1 < lines.length ? '\n' : -1);
    }

    /** The raw code points from one 0-based mark to another, with '\n' for every line break. */
    int[][] slice(int fromLine, int fromColumn, int toLine, int toColumn) {
        List<int[]> out = new ArrayList<>();
        int line = fromLine;
        int column = fromColumn;
        while (line < toLine || (line == toLine && column < toColumn)) {
            int c = at(line, column);
            if (c == -1) {
                break;
            }
            out.add(new int[] {c, line, column});
            if (c == '\n' && column >= line(line).length) {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return out.toArray(new int[0][]);
    }

    static SourcePosition position(int line0, int column0) {
        return new SourcePosition(line0 + 1, column0 + 1);
    }
}
