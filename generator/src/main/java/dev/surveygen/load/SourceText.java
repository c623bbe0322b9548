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

    private final List<int[]> lines = new ArrayList<>();

    SourceText(String text) {
        int[] cps = text.codePoints().toArray();
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                lines.add(java.util.Arrays.copyOfRange(cps, start, i));
                if (c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(java.util.Arrays.copyOfRange(cps, start, cps.length));
    }

    /** The code point at 0-based line and column, '\n' at a line's end, -1 past the text. */
    int at(int line, int column) {
        if (line >= lines.size()) {
            return -1;
        }
        int[] l = lines.get(line);
        return column < l.length ? l[column] : (line + 1 < lines.size() ? '\n' : -1);
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
            if (c == '\n' && column >= lines.get(line).length) {
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
