package dev.surveygen.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surveygen.load.SurveyLoader;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The survey's index: a question, its section and its place by id, from one index built with the survey. */
class SurveyIndexTest {

    private static final Survey SURVEY = new SurveyLoader().load("t.yaml", """
            surveygen: 1
            id: s
            title: T
            sections:
              - id: a
                title: A
                questions:
                  - {id: A1, type: yes-no, label: A1}
                  - {id: A2, type: yes-no, label: A2}
              - id: b
                title: B
                questions:
                  - {id: B1, type: yes-no, label: B1}
            """.getBytes(UTF_8)).survey().orElseThrow();

    @Test
    void questionsBySectionAndPlace() {
        assertThat(SURVEY.questions()).extracting(Question::id).containsExactly("A1", "A2", "B1");
        assertThat(SURVEY.question("A2")).map(Question::id).contains("A2");
        assertThat(SURVEY.question("Z")).isEmpty();
        assertThat(SURVEY.hasQuestion("B1")).isTrue();
        assertThat(SURVEY.hasQuestion("b")).isFalse();
        assertThat(SURVEY.sectionOf("B1").id()).isEqualTo("b");
        assertThat(SURVEY.sectionOf(SURVEY.question("A1").orElseThrow()).id()).isEqualTo("a");
        assertThat(SURVEY.section("b").questions()).extracting(Question::id).containsExactly("B1");
        assertThat(List.of("A1", "A2", "B1")).extracting(SURVEY::indexOf).containsExactly(0, 1, 2);
        assertThat(List.of("a", "b")).extracting(SURVEY::indexOfSection).containsExactly(0, 1);
        assertThatThrownBy(() -> SURVEY.sectionOf("Z")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> SURVEY.indexOf("Z")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theQuestionListIsBuiltOnceAndCannotChange() {
        assertThat(SURVEY.questions()).isSameAs(SURVEY.questions());
        assertThatThrownBy(() -> SURVEY.questions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void beforeTheChecksTheFirstOfARepeatedIdIsIndexedAsASearchWouldFindIt() {
        Section a = SURVEY.section("a");
        Section b = SURVEY.section("b");
        Question first = a.questions().get(0);
        Question again = new Question(first.id(), "b", first.label(), first.hint(), first.help(),
                first.references(), first.required(), first.condition(), first.otherFor(), first.personalData(),
                first.answer(), first.position());
        Section b2 = new Section(b.id(), b.title(), b.description(), b.condition(), List.of(again), b.position());
        Survey repeated = new Survey(SURVEY.sourceFile(), SURVEY.id(), SURVEY.title(), SURVEY.version(),
                SURVEY.defaultLocale(), SURVEY.locales(), SURVEY.description(), SURVEY.digitPolicy(),
                SURVEY.choiceLists(), List.of(a, b2));
        assertThat(repeated.question("A1")).containsSame(first);
        assertThat(repeated.sectionOf("A1")).isSameAs(a);
        assertThat(repeated.questions()).hasSize(3);
        assertThat(repeated).isEqualTo(repeated).isNotEqualTo(SURVEY);
    }
}
