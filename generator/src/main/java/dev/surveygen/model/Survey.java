package dev.surveygen.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked survey definition, immutable and indexed: a question by id, the section of a question
 * and a section by id are found in constant time ({@link #question}, {@link #sectionOf},
 * {@link #section}), from one index built with the survey, so that no reader builds maps of its
 * own. {@code choiceLists} keeps definition order. Before the checks have passed, ids may repeat;
 * then the index holds the first question or section of each id, as a search in definition order
 * would find it.
 */
public final class Survey {

    private final String sourceFile;
    private final String id;
    private final Text title;
    private final Optional<String> version;
    private final String defaultLocale;
    private final List<String> locales;
    private final Optional<Text> description;
    private final DigitPolicy digitPolicy;
    private final Map<String, ChoiceList> choiceLists;
    private final List<Section> sections;

    private final List<Question> questions;
    private final Map<String, Question> questionsById;
    private final Map<String, Integer> questionIndex;
    private final Map<String, Section> sectionsByQuestionId;
    private final Map<String, Section> sectionsById;
    private final Map<String, Integer> sectionIndex;

    /** The survey's own texts per locale, by catalogue key: see {@link #messages()}. */
    private final Map<String, Map<String, String>> messages;

    private final Optional<JavaName> javaName;

    public Survey(String sourceFile, String id, Text title, Optional<String> version, String defaultLocale,
            List<String> locales, Optional<Text> description, DigitPolicy digitPolicy,
            Map<String, ChoiceList> choiceLists, List<Section> sections) {
        this(sourceFile, id, title, version, defaultLocale, locales, description, digitPolicy, choiceLists, sections,
                Map.of());
    }

    /**
     * @param messages the survey's own texts per locale, by catalogue key (a supplied catalogue file's
     *     and the definition's {@code messages}), in front of the built-in catalogues
     */
    public Survey(String sourceFile, String id, Text title, Optional<String> version, String defaultLocale,
            List<String> locales, Optional<Text> description, DigitPolicy digitPolicy,
            Map<String, ChoiceList> choiceLists, List<Section> sections, Map<String, Map<String, String>> messages) {
        this(sourceFile, id, title, version, defaultLocale, locales, description, digitPolicy, choiceLists, sections,
                messages, Optional.empty());
    }

    /**
     * @param javaName the base of the generated types' names when the definition gives one
     *     ({@code java-name}); otherwise it is derived from the id
     */
    public Survey(String sourceFile, String id, Text title, Optional<String> version, String defaultLocale,
            List<String> locales, Optional<Text> description, DigitPolicy digitPolicy,
            Map<String, ChoiceList> choiceLists, List<Section> sections, Map<String, Map<String, String>> messages,
            Optional<JavaName> javaName) {
        this.javaName = Objects.requireNonNull(javaName, "javaName");
        Map<String, Map<String, String>> own = new java.util.TreeMap<>();
        messages.forEach((locale, texts) -> own.put(locale, Collections.unmodifiableMap(new java.util.TreeMap<>(texts))));
        this.messages = Collections.unmodifiableMap(own);
        this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.version = Objects.requireNonNull(version, "version");
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
        this.locales = List.copyOf(locales);
        this.description = Objects.requireNonNull(description, "description");
        this.digitPolicy = Objects.requireNonNull(digitPolicy, "digitPolicy");
        this.choiceLists = Collections.unmodifiableMap(new LinkedHashMap<>(choiceLists));
        this.sections = List.copyOf(sections);
        this.questions = this.sections.stream().flatMap(s -> s.questions().stream()).toList();
        Map<String, Question> byId = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Section> sectionOf = new HashMap<>();
        Map<String, Section> sectionById = new HashMap<>();
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (Section section : this.sections) {
            if (sectionById.putIfAbsent(section.id(), section) == null) {
                sectionIndex.put(section.id(), sectionIndex.size());
            }
            for (Question question : section.questions()) {
                if (byId.putIfAbsent(question.id(), question) == null) {
                    sectionOf.put(question.id(), section);
                    index.put(question.id(), index.size());
                }
            }
        }
        this.questionsById = byId;
        this.questionIndex = index;
        this.sectionsByQuestionId = sectionOf;
        this.sectionsById = sectionById;
        this.sectionIndex = sectionIndex;
    }

    /**
     * The survey's own texts per locale, by catalogue key, that replace or add to the built-in
     * catalogues: those of a catalogue file supplied for the locale, and the definition's
     * {@code messages} over them. Empty for a survey that uses the built-in texts only.
     */
    public Map<String, Map<String, String>> messages() {
        return messages;
    }

    /** The fixed texts of {@code locale} for this survey, falling back to its default locale's. */
    public dev.surveygen.messages.Catalogue catalogue(String locale) {
        return dev.surveygen.messages.Catalogue.of(locale, defaultLocale, messages);
    }

    /** The base of the generated types' names, when the definition gives it ({@code java-name}). */
    public Optional<JavaName> javaName() {
        return javaName;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public String id() {
        return id;
    }

    public Text title() {
        return title;
    }

    public Optional<String> version() {
        return version;
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    public List<String> locales() {
        return locales;
    }

    public Optional<Text> description() {
        return description;
    }

    public DigitPolicy digitPolicy() {
        return digitPolicy;
    }

    public Map<String, ChoiceList> choiceLists() {
        return choiceLists;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every question and note in definition order (an unmodifiable list, the same on every call). */
    public List<Question> questions() {
        return questions;
    }

    /** The question of that id, in constant time. */
    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    /**
     * Where the question of that id is in {@link #questions()}, in constant time; a
     * {@link java.util.NoSuchElementException} if there is none.
     */
    public int indexOf(String questionId) {
        return Optional.ofNullable(questionIndex.get(questionId)).orElseThrow();
    }

    /** Whether the survey has a question (or note) of that id, in constant time. */
    public boolean hasQuestion(String id) {
        return questionsById.containsKey(id);
    }

    /** The section of that id, in constant time; a {@link java.util.NoSuchElementException} if there is none. */
    public Section section(String id) {
        return Optional.ofNullable(sectionsById.get(id)).orElseThrow();
    }

    /**
     * Where the section of that id is in {@link #sections()}, in constant time; a
     * {@link java.util.NoSuchElementException} if there is none.
     */
    public int indexOfSection(String sectionId) {
        return Optional.ofNullable(sectionIndex.get(sectionId)).orElseThrow();
    }

    /** The section that holds the question of that id, in constant time; a {@link java.util.NoSuchElementException} if there is none. */
    public Section sectionOf(String questionId) {
        return Optional.ofNullable(sectionsByQuestionId.get(questionId)).orElseThrow();
    }

    /** The section that holds {@code question}, in constant time. */
    public Section sectionOf(Question question) {
        return sectionOf(question.id());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Survey that && sourceFile.equals(that.sourceFile) && id.equals(that.id)
                && title.equals(that.title) && version.equals(that.version) && defaultLocale.equals(that.defaultLocale)
                && locales.equals(that.locales) && description.equals(that.description)
                && digitPolicy.equals(that.digitPolicy) && choiceLists.equals(that.choiceLists)
                && sections.equals(that.sections) && messages.equals(that.messages)
                && javaName.equals(that.javaName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceFile, id, title, version, defaultLocale, locales, description, digitPolicy, choiceLists,
                sections, messages, javaName);
    }

    @Override
    public String toString() {
        return "Survey[id=" + id + ", sourceFile=" + sourceFile + ", sections=" + sections.size() + ", questions="
                + questions.size() + "]";
    }
}
