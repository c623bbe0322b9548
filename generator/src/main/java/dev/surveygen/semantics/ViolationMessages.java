package dev.surveygen.semantics;

import dev.surveygen.model.Choice;
import dev.surveygen.model.Constraints;
import dev.surveygen.model.DigitPolicy;
import dev.surveygen.model.Question;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in messages of every violation, in Japanese and English, worded for respondents
 * (GOV.UK style: say what to do, not what went wrong). A survey gets its messages in each of its
 * declared locales; the pattern message of a question, when the author wrote one, replaces ours.
 */
public final class ViolationMessages {

    private final List<String> locales;
    private final DigitPolicy digitPolicy;
    /** The survey's default locale: the fallback of every text of the definition. */
    private final String defaultLocale;

    public ViolationMessages(Survey survey) {
        this.locales = survey.locales();
        this.digitPolicy = survey.digitPolicy();
        this.defaultLocale = survey.defaultLocale();
    }

    public Text required(Question q) {
        return switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> text("選択してください。", "Select an answer.");
            case MULTIPLE_CHOICE -> text("1つ以上選択してください。", "Select at least one answer.");
            default -> text("入力してください。", "Enter an answer.");
        };
    }

    /** For a note, which never takes an answer, the message of its {@code type}. */
    public Text notApplicable(Question q) {
        if (q.type() == dev.surveygen.model.QuestionType.NOTE) {
            return type(q);
        }
        return text("この質問は回答の対象外です。回答を削除してください。",
                "This question does not apply to your earlier answers; remove the answer.");
    }

    public Text type(Question q) {
        return switch (q.type()) {
            case YES_NO -> text("「はい」または「いいえ」を選択してください。", "Select yes or no.");
            case INTEGER -> text(digitPolicy == DigitPolicy.NFKC ? "整数で入力してください。" : "半角数字の整数で入力してください。",
                    "Enter a whole number in digits.");
            case DECIMAL -> text("数値で入力してください。", "Enter a number.");
            case DATE -> text("日付を「2025-01-31」の形式で入力してください。", "Enter a date in the form 2025-01-31.");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> text("選択肢から選択してください。", "Select from the choices.");
            case NOTE -> text("この項目には回答できません。", "This item takes no answer.");
            default -> text("文字で入力してください。", "Enter text.");
        };
    }

    public Text choice(Question q) {
        return text("選択肢にない値です。選択肢から選択してください。", "That is not one of the choices; select from the choices.");
    }

    public Text exclusive(Question q, Choice exclusive) {
        String ja = exclusive.label().in("ja", defaultLocale);
        String en = exclusive.label().in("en", defaultLocale);
        return text("「" + ja + "」は他の選択肢と同時に選択できません。", "\"" + en + "\" cannot be selected with other answers.");
    }

    public Text selectionCount(Question q) {
        Constraints c = q.constraints();
        Integer min = c.minSelections().orElse(null);
        Integer max = c.maxSelections().orElse(null);
        if (min != null && max != null) {
            return min.equals(max)
                    ? text(min + "個選択してください。", "Select " + answers(min) + ".")
                    : text(min + "個以上" + max + "個以下で選択してください。", "Select between " + min + " and " + max + " answers.");
        }
        return min != null
                ? text(min + "個以上選択してください。", "Select at least " + answers(min) + ".")
                : text(max + "個以下で選択してください。", "Select at most " + answers(max) + ".");
    }

    public Text range(Question q) {
        Constraints c = q.constraints();
        String min;
        String max;
        String unitJa = q.unit().map(u -> u.in("ja", defaultLocale)).orElse("");
        String unitEn = q.unit().map(u -> " " + u.in("en", defaultLocale)).orElse("");
        if (c.minDate().isPresent() || c.maxDate().isPresent()) {
            min = c.minDate().map(Object::toString).orElse(null);
            max = c.maxDate().map(Object::toString).orElse(null);
            if (min != null && max != null) {
                return text(min + "から" + max + "までの日付を入力してください。", "Enter a date from " + min + " to " + max + ".");
            }
            return min != null
                    ? text(min + "以降の日付を入力してください。", "Enter a date on or after " + min + ".")
                    : text(max + "以前の日付を入力してください。", "Enter a date on or before " + max + ".");
        }
        min = c.min().map(BigDecimal::toPlainString).orElse(null);
        max = c.max().map(BigDecimal::toPlainString).orElse(null);
        if (min != null && max != null) {
            return text(min + unitJa + "以上" + max + unitJa + "以下で入力してください。",
                    "Enter a number from " + min + " to " + max + unitEn + ".");
        }
        return min != null
                ? text(min + unitJa + "以上で入力してください。", "Enter a number of " + min + unitEn + " or more.")
                : text(max + unitJa + "以下で入力してください。", "Enter a number of " + max + unitEn + " or less.");
    }

    public Text length(Question q) {
        Integer min = q.constraints().minLength().orElse(null);
        Integer max = q.constraints().maxLength().orElse(null);
        if (min != null && max != null) {
            return min.equals(max)
                    ? text(min + "文字で入力してください。", "Enter exactly " + characters(min) + ".")
                    : text(min + "文字以上" + max + "文字以内で入力してください。",
                            "Enter between " + min + " and " + max + " characters.");
        }
        return min != null
                ? text(min + "文字以上で入力してください。", "Enter at least " + characters(min) + ".")
                : text(max + "文字以内で入力してください。", "Enter " + characters(max) + " or fewer.");
    }

    private static String answers(int n) {
        return n + (n == 1 ? " answer" : " answers");
    }

    private static String characters(int n) {
        return n + (n == 1 ? " character" : " characters");
    }

    public Text pattern(Question q) {
        return q.constraints().patternMessage()
                .map(m -> restrict(m))
                .orElseGet(() -> text("入力の形式が正しくありません。", "Enter the answer in the required format."));
    }

    public Text unknownQuestion() {
        return text("この調査票にない質問です。", "There is no such question in this survey.");
    }

    private Text text(String ja, String en) {
        Map<String, String> byLocale = new TreeMap<>();
        for (String locale : locales) {
            byLocale.put(locale, locale.equals("ja") ? ja : en);
        }
        return Text.of(byLocale);
    }

    private Text restrict(Text authored) {
        Map<String, String> byLocale = new TreeMap<>();
        for (String locale : locales) {
            byLocale.put(locale, authored.in(locale, defaultLocale));
        }
        return Text.of(byLocale);
    }
}
