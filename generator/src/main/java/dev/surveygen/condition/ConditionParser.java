package dev.surveygen.condition;

import dev.surveygen.diagnostics.Suggestions;
import dev.surveygen.numbers.NumberLimits;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser of conditions.
 *
 * <pre>
 * condition  := and ('or' and)*
 * and        := unary ('and' unary)*
 * unary      := 'not' unary | '(' condition ')' | comparison     (at most 64 levels of 'not' and '(')
 * comparison := ref ( op literal | 'contains' literal | 'is' ['not'] 'empty' )
 * ref        := '${' ID '}'
 * literal    := 'yes' | 'no' | number | 'quoted' | "quoted"
 * op         := '=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;='
 * </pre>
 */
public final class ConditionParser {

    private static final List<String> KEYWORDS = List.of("and", "or", "not", "contains", "is", "empty", "yes", "no");

    /** Spellings from other languages that authors reach for, and what we write instead. */
    private static final Map<String, String> FOREIGN_OPERATORS = Map.of(
            "==", "=", "<>", "!=", "&&", "and", "||", "or", "!", "not", "=>", ">=", "=<", "<=");

    /**
     * How deeply {@code not} and parentheses may nest. Far beyond any real condition, it keeps
     * parsing, checking and evaluating (all recursive) well within the stack.
     */
    public static final int MAX_NESTING = 64;

    private final String source;
    /** False while trying whether a full-width run's ASCII form would parse, so that the try does not nest. */
    private final boolean suggestAscii;
    private int pos;
    private int depth;

    private ConditionParser(String source, boolean suggestAscii) {
        this.source = source;
        this.suggestAscii = suggestAscii;
    }

    /** Parses {@code source} or throws {@link ConditionSyntaxException} at the bad token. */
    public static Expr parse(String source) {
        return parse(source, true);
    }

    private static Expr parse(String source, boolean suggestAscii) {
        ConditionParser parser = new ConditionParser(source, suggestAscii);
        parser.skipSpace();
        if (parser.atEnd()) {
            throw new ConditionSyntaxException(0, "empty condition");
        }
        Expr expr = parser.parseOr();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.unexpected("'and', 'or' or the end of the condition");
        }
        return expr;
    }

    private Expr parseOr() {
        List<Expr> operands = new ArrayList<>();
        operands.add(parseAnd());
        while (acceptWord("or")) {
            operands.add(parseAnd());
        }
        return operands.size() == 1 ? operands.get(0) : new Expr.Or(operands);
    }

    private Expr parseAnd() {
        List<Expr> operands = new ArrayList<>();
        operands.add(parseUnary());
        while (acceptWord("and")) {
            operands.add(parseUnary());
        }
        return operands.size() == 1 ? operands.get(0) : new Expr.And(operands);
    }

    private Expr parseUnary() {
        skipSpace();
        int start = pos;
        if (acceptWord("not")) {
            enter(start, "'not'");
            Expr operand = parseUnary();
            depth--;
            return new Expr.Not(operand);
        }
        if (peekChar() == '(') {
            int open = pos;
            enter(open, "'('");
            pos++;
            Expr inner = parseOr();
            skipSpace();
            if (peekChar() != ')') {
                if (atEnd()) {
                    throw new ConditionSyntaxException(open, "unclosed '('");
                }
                throw unexpected("')'");
            }
            pos++;
            depth--;
            return inner;
        }
        return parseComparison();
    }

    /** Counts one more level of 'not' or parentheses, refusing more than {@link #MAX_NESTING}. */
    private void enter(int at, String what) {
        if (++depth > MAX_NESTING) {
            throw new ConditionSyntaxException(at, "the condition nests 'not' and parentheses more than " + MAX_NESTING
                    + " levels deep (this " + what + " is level " + depth + "); simplify it");
        }
    }

    private Expr parseComparison() {
        skipSpace();
        if (peekChar() != '$') {
            throw unexpected("a question reference such as ${Q1-1}");
        }
        Ref ref = parseRef();
        skipSpace();
        int at = pos;
        if (acceptWord("contains")) {
            return new Expr.Contains(ref, parseLiteral(), at);
        }
        if (acceptWord("is")) {
            boolean negated = acceptWord("not");
            if (!acceptWord("empty")) {
                throw unexpected("'empty'");
            }
            return new Expr.IsEmpty(ref, negated);
        }
        Operator operator = parseOperator(ref);
        return new Expr.Compare(ref, operator, parseLiteral(), at);
    }

    private Operator parseOperator(Ref ref) {
        skipSpace();
        int start = pos;
        StringBuilder symbol = new StringBuilder();
        while (!atEnd() && "=!<>&|".indexOf(source.charAt(pos)) >= 0) {
            symbol.append(source.charAt(pos++));
        }
        String written = symbol.toString();
        for (Operator op : Operator.values()) {
            if (op.symbol().equals(written)) {
                return op;
            }
        }
        pos = start;
        if (FOREIGN_OPERATORS.containsKey(written)) {
            throw new ConditionSyntaxException(start,
                    "unknown operator '" + written + "' (did you mean '" + FOREIGN_OPERATORS.get(written) + "'?)");
        }
        if (written.isEmpty() && (atEnd() || startsWord("and") || startsWord("or") || peekChar() == ')')) {
            throw new ConditionSyntaxException(start, "a reference alone is not a condition; compare it, e.g. ${"
                    + ref.questionId() + "} = yes, or test ${" + ref.questionId() + "} is not empty");
        }
        throw unexpected("a comparison (=, !=, <, <=, >, >=), 'contains' or 'is empty'");
    }

    private Ref parseRef() {
        int start = pos;
        pos++; // '$'
        if (peekChar() != '{') {
            throw new ConditionSyntaxException(start, "a question reference is written ${ID}, e.g. ${Q1-1}");
        }
        pos++;
        int idStart = pos;
        while (!atEnd() && source.charAt(pos) != '}') {
            char c = source.charAt(pos);
            if (!isIdChar(c)) {
                if (c == '$' || c == '{' || Character.isWhitespace(c)) {
                    throw new ConditionSyntaxException(start, "unclosed reference; expected '}'");
                }
                throw new ConditionSyntaxException(pos, "'" + describe(pos) + "' cannot appear in a question id"
                        + asciiReference(start));
            }
            pos++;
        }
        if (atEnd()) {
            throw new ConditionSyntaxException(start, "unclosed reference; expected '}'");
        }
        String id = source.substring(idStart, pos);
        if (id.isEmpty()) {
            throw new ConditionSyntaxException(start, "empty question reference");
        }
        pos++; // '}'
        return new Ref(id, start, pos - start);
    }

    /** {@code " (did you mean '${Q1}'?)"} for {@code ${Ｑ１}}, when the NFKC form of the reference is one. */
    private String asciiReference(int start) {
        int close = source.indexOf('}', start);
        if (close < 0) {
            return "";
        }
        String ascii = Normalizer.normalize(source.substring(start, close + 1), Normalizer.Form.NFKC);
        if (!ascii.startsWith("${") || ascii.length() < 4) {
            return "";
        }
        String id = ascii.substring(2, ascii.length() - 1);
        return id.chars().allMatch(ch -> ch < 0x80 && isIdChar((char) ch)) && isWordStart(id.charAt(0))
                ? " (did you mean '" + ascii + "'?)" : "";
    }

    private Literal parseLiteral() {
        skipSpace();
        int start = pos;
        if (atEnd()) {
            throw unexpected("a value (yes, no, a number or a quoted code)");
        }
        char c = source.charAt(pos);
        if (c == '\'' || c == '"') {
            int end = source.indexOf(c, pos + 1);
            if (end < 0) {
                throw new ConditionSyntaxException(start, "unclosed quote " + c);
            }
            pos = end + 1;
            return new Literal.Str(source.substring(start + 1, end), start, pos - start);
        }
        if (c == '-' || isAsciiDigit(c)) {
            pos++;
            while (!atEnd() && (isAsciiDigit(source.charAt(pos)) || source.charAt(pos) == '.')) {
                pos++;
            }
            String text = source.substring(start, pos);
            if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new ConditionSyntaxException(start, "'" + text + "' is not a number");
            }
            if (!atEnd() && !isSpace(source.charAt(pos)) && source.charAt(pos) != ')') {
                throw new ConditionSyntaxException(pos, "a number must be followed by a space, ')' or the end of the"
                        + " condition, not '" + describe(pos) + "'");
            }
            // Counted before BigDecimal sees it: its parsing takes time quadratic in the digits.
            int point = text.indexOf('.');
            int before = (point < 0 ? text.length() : point) - (text.startsWith("-") ? 1 : 0);
            int after = point < 0 ? 0 : text.length() - point - 1;
            if (before > NumberLimits.MAX_INTEGER_DIGITS || after > NumberLimits.MAX_FRACTION_DIGITS) {
                throw new ConditionSyntaxException(start, "the number has "
                        + (before > NumberLimits.MAX_INTEGER_DIGITS ? before + " digits before" : after + " digits after")
                        + " the decimal point; a number in a condition has at most " + NumberLimits.MAX_INTEGER_DIGITS
                        + " before it and " + NumberLimits.MAX_FRACTION_DIGITS + " after it");
            }
            return new Literal.Num(new BigDecimal(text), start, pos - start);
        }
        if (c == '$') {
            throw new ConditionSyntaxException(start,
                    "a question can only be compared with a constant (yes, no, a number or a quoted code)");
        }
        if (isWordStart(c)) {
            String word = readWord();
            if (word.equals("yes") || word.equals("no")) {
                return new Literal.YesNo(word.equals("yes"), start, pos - start);
            }
            pos = start;
            if (word.equals("true") || word.equals("false")) {
                throw new ConditionSyntaxException(start, "'" + word + "' is not a value here (did you mean '"
                        + (word.equals("true") ? "yes" : "no") + "'?)");
            }
            throw new ConditionSyntaxException(start, "a choice code or text must be in quotes: write '" + word + "'");
        }
        throw unexpected("a value (yes, no, a number or a quoted code)");
    }

    private boolean acceptWord(String word) {
        skipSpace();
        if (startsWord(word)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private boolean startsWord(String word) {
        if (!source.startsWith(word, pos)) {
            return false;
        }
        int end = pos + word.length();
        return end >= source.length() || !isIdChar(source.charAt(end));
    }

    private String readWord() {
        int start = pos;
        while (!atEnd() && isIdChar(source.charAt(pos))) {
            pos++;
        }
        return source.substring(start, pos);
    }

    private ConditionSyntaxException unexpected(String expected) {
        skipSpace();
        if (atEnd()) {
            return new ConditionSyntaxException(pos, "expected " + expected + " but the condition ends");
        }
        int start = pos;
        char c = source.charAt(pos);
        String ascii = asciiForm(start);
        if (ascii != null) {
            return new ConditionSyntaxException(start, "full-width '" + source.substring(start, start + ascii.length())
                    + "' (did you mean '" + ascii + "'?)");
        }
        if (c == '{') {
            return new ConditionSyntaxException(start, "a question reference is written ${ID}, e.g. ${Q1-1}");
        }
        if (isWordStart(c)) {
            String word = readWord();
            pos = start;
            // A keyword in the wrong place is not a misspelling of another keyword ('not' is not 'no').
            String hint = KEYWORDS.contains(word) ? "" : Suggestions.didYouMean(word, KEYWORDS);
            return new ConditionSyntaxException(start, "unexpected '" + word + "'; expected " + expected + hint);
        }
        StringBuilder symbol = new StringBuilder();
        for (int i = pos; i < source.length() && "=!<>&|".indexOf(source.charAt(i)) >= 0; i++) {
            symbol.append(source.charAt(i));
        }
        String replacement = FOREIGN_OPERATORS.get(symbol.toString());
        if (replacement != null) {
            return new ConditionSyntaxException(start,
                    "unknown operator '" + symbol + "' (did you mean '" + replacement + "'?)");
        }
        return new ConditionSyntaxException(start, "unexpected '" + describe(start) + "'; expected " + expected);
    }

    /**
     * The ASCII (NFKC) form of the run of full-width characters at {@code at}, when it would be
     * read at that point: the condition with the run replaced parses, or fails only after it. So
     * {@code ＝} suggests {@code =} and {@code ＄｛Ｑ１｝} suggests {@code ${Q1}}, but {@code ＆＆}
     * does not suggest {@code &&}, which is not an operator either. The run has as many
     * {@code char}s as its ASCII form.
     */
    private String asciiForm(int at) {
        if (!suggestAscii) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        int end = at;
        while (end < source.length()) {
            char c = source.charAt(end);
            String normal = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (c <= 0x7F || isSpace(c) || normal.length() != 1 || normal.charAt(0) <= ' ' || normal.charAt(0) > '~') {
                break;
            }
            ascii.append(normal);
            end++;
        }
        if (end == at) {
            return null;
        }
        String replaced = source.substring(0, at) + ascii + source.substring(end);
        try {
            parse(replaced, false);
            return ascii.toString();
        } catch (ConditionSyntaxException e) {
            return e.offset() >= at + ascii.length() ? ascii.toString() : null;
        }
    }

    private String describe(int at) {
        return new String(Character.toChars(source.codePointAt(at)));
    }

    private void skipSpace() {
        while (!atEnd() && isSpace(source.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
    }

    private boolean atEnd() {
        return pos >= source.length();
    }

    private char peekChar() {
        return atEnd() ? '\0' : source.charAt(pos);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdChar(char c) {
        return isWordStart(c) || isAsciiDigit(c) || c == '-';
    }
}
