package dev.surveygen.bench.mhlw;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The MHLW response as a developer would write it without surveygen: a mutable bean with one
 * property per question, Jackson names for the JSON keys, and Jakarta Bean Validation constraints
 * (Hibernate Validator's {@code @CodePointLength}, since the survey counts characters as code
 * points). Field constraints say what holds whenever a question is answered; the conditions
 * (which questions are asked, hence required or not applicable) are one class-level constraint,
 * {@link MhlwConditions}. Choice answers are their codes as strings. The messages are the
 * survey's. Spring's form binding uses the property names ({@code q1_1}, …).
 */
@MhlwConditions
public class MhlwBean {

    static final String IPA_EXAMS = "it-passport|sg|fe|ap|sc|st|sa|pm|nw|db|es|sm|au|other";

    @JsonProperty("Q1-1")
    @NotBlank(message = MhlwMessages.REQUIRED_TEXT)
    @CodePointLength(max = 100, message = "100文字以内で入力してください。")
    private String q1_1;

    @JsonProperty("Q1-2")
    @NotBlank(message = MhlwMessages.REQUIRED_TEXT)
    @CodePointLength(max = 200, message = "200文字以内で入力してください。")
    private String q1_2;

    @JsonProperty("Q2-1")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q2_1;

    @JsonProperty("Q2-2")
    private Boolean q2_2;

    @JsonProperty("Q2-3")
    @JsonDeserialize(as = LinkedHashSet.class)
    @Size(min = 1, message = "1個以上選択してください。")
    private Set<@Pattern(regexp = IPA_EXAMS, message = MhlwMessages.CHOICE) String> q2_3;

    @JsonProperty("Q2-3-other")
    @CodePointLength(max = 200, message = "200文字以内で入力してください。")
    private String q2_3_other;

    @JsonProperty("Q3")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    @Pattern(regexp = "0|1|2-4|5-9|10-or-more", message = MhlwMessages.CHOICE)
    private String q3;

    @JsonProperty("Q4")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q4;

    @JsonProperty("Q5")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q5;

    @JsonProperty("Q6")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q6;

    @JsonProperty("Q7-1")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q7_1;

    @JsonProperty("Q7-2")
    private Boolean q7_2;

    @JsonProperty("Q8")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q8;

    @JsonProperty("Q9")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q9;

    @JsonProperty("Q10")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q10;

    @JsonProperty("Q11")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q11;

    @JsonProperty("Q12")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q12;

    @JsonProperty("Q13")
    @NotNull(message = MhlwMessages.REQUIRED_TEXT)
    @Min(value = 1, message = "1桁以上64桁以下で入力してください。")
    @Max(value = 64, message = "1桁以上64桁以下で入力してください。")
    private Integer q13;

    @JsonProperty("Q14")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q14;

    @JsonProperty("Q15")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q15;

    @JsonProperty("Q16")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q16;

    @JsonProperty("Q17-1")
    @NotNull(message = MhlwMessages.REQUIRED_SELECT)
    private Boolean q17_1;

    @JsonProperty("Q17-2")
    private Boolean q17_2;

    @JsonProperty("Q17-3")
    @Pattern(regexp = "1|2-or-more", message = MhlwMessages.CHOICE)
    private String q17_3;

    @JsonProperty("Q17-4")
    @Pattern(regexp = "1|2-or-more", message = MhlwMessages.CHOICE)
    private String q17_4;

    @JsonProperty("Q17-5")
    @Pattern(regexp = "1|2|3-or-more", message = MhlwMessages.CHOICE)
    private String q17_5;

    @JsonProperty("Q17-6")
    private Boolean q17_6;

    /** The bean property of a question id: {@code Q2-3-other} is {@code q2_3_other}. */
    public static String property(String questionId) {
        return questionId.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    public String getQ1_1() {
        return q1_1;
    }

    public void setQ1_1(String value) {
        this.q1_1 = value;
    }

    public String getQ1_2() {
        return q1_2;
    }

    public void setQ1_2(String value) {
        this.q1_2 = value;
    }

    public Boolean getQ2_1() {
        return q2_1;
    }

    public void setQ2_1(Boolean value) {
        this.q2_1 = value;
    }

    public Boolean getQ2_2() {
        return q2_2;
    }

    public void setQ2_2(Boolean value) {
        this.q2_2 = value;
    }

    public Set<String> getQ2_3() {
        return q2_3;
    }

    public void setQ2_3(Set<String> value) {
        this.q2_3 = value;
    }

    public String getQ2_3_other() {
        return q2_3_other;
    }

    public void setQ2_3_other(String value) {
        this.q2_3_other = value;
    }

    public String getQ3() {
        return q3;
    }

    public void setQ3(String value) {
        this.q3 = value;
    }

    public Boolean getQ4() {
        return q4;
    }

    public void setQ4(Boolean value) {
        this.q4 = value;
    }

    public Boolean getQ5() {
        return q5;
    }

    public void setQ5(Boolean value) {
        this.q5 = value;
    }

    public Boolean getQ6() {
        return q6;
    }

    public void setQ6(Boolean value) {
        this.q6 = value;
    }

    public Boolean getQ7_1() {
        return q7_1;
    }

    public void setQ7_1(Boolean value) {
        this.q7_1 = value;
    }

    public Boolean getQ7_2() {
        return q7_2;
    }

    public void setQ7_2(Boolean value) {
        this.q7_2 = value;
    }

    public Boolean getQ8() {
        return q8;
    }

    public void setQ8(Boolean value) {
        this.q8 = value;
    }

    public Boolean getQ9() {
        return q9;
    }

    public void setQ9(Boolean value) {
        this.q9 = value;
    }

    public Boolean getQ10() {
        return q10;
    }

    public void setQ10(Boolean value) {
        this.q10 = value;
    }

    public Boolean getQ11() {
        return q11;
    }

    public void setQ11(Boolean value) {
        this.q11 = value;
    }

    public Boolean getQ12() {
        return q12;
    }

    public void setQ12(Boolean value) {
        this.q12 = value;
    }

    public Integer getQ13() {
        return q13;
    }

    public void setQ13(Integer value) {
        this.q13 = value;
    }

    public Boolean getQ14() {
        return q14;
    }

    public void setQ14(Boolean value) {
        this.q14 = value;
    }

    public Boolean getQ15() {
        return q15;
    }

    public void setQ15(Boolean value) {
        this.q15 = value;
    }

    public Boolean getQ16() {
        return q16;
    }

    public void setQ16(Boolean value) {
        this.q16 = value;
    }

    public Boolean getQ17_1() {
        return q17_1;
    }

    public void setQ17_1(Boolean value) {
        this.q17_1 = value;
    }

    public Boolean getQ17_2() {
        return q17_2;
    }

    public void setQ17_2(Boolean value) {
        this.q17_2 = value;
    }

    public String getQ17_3() {
        return q17_3;
    }

    public void setQ17_3(String value) {
        this.q17_3 = value;
    }

    public String getQ17_4() {
        return q17_4;
    }

    public void setQ17_4(String value) {
        this.q17_4 = value;
    }

    public String getQ17_5() {
        return q17_5;
    }

    public void setQ17_5(String value) {
        this.q17_5 = value;
    }

    public Boolean getQ17_6() {
        return q17_6;
    }

    public void setQ17_6(Boolean value) {
        this.q17_6 = value;
    }

}
