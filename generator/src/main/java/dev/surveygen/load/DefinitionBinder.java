package dev.surveygen.load;

import dev.surveygen.condition.Condition;
import dev.surveygen.condition.ConditionParser;
import dev.surveygen.condition.ConditionSyntaxException;
import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.diagnostics.Suggestions;
import dev.surveygen.model.Choice;
import dev.surveygen.model.ChoiceList;
import dev.surveygen.model.AnswerSpec;
import dev.surveygen.model.DigitPolicy;
import dev.surveygen.model.Question;
import dev.surveygen.model.QuestionType;
import dev.surveygen.model.Reference;
import dev.surveygen.model.Section;
import dev.surveygen.model.Survey;
import dev.surveygen.model.Text;
import dev.surveygen.model.JavaName;
import dev.surveygen.naming.JavaLimits;
import dev.surveygen.naming.JavaNames;
import dev.surveygen.numbers.NumberLimits;
import dev.surveygen.regex.PatternCompiler;
import dev.surveygen.semantics.IsoDate;
import dev.surveygen.semantics.SurveyText;
import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds the composed node tree to the model, reporting every unknown key, wrong kind of value,
 * bad id, malformed constraint and condition syntax error with its position, and carrying on
 * after each so that one run shows all of a file's mistakes. Cross-references (ids used
 * elsewhere, condition types, cycles) are {@link DefinitionChecker}'s.
 */
final class DefinitionBinder {

    static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1," + NumberLimits.MAX_INTEGER_DIGITS
            + "}(\\.[0-9]{1," + NumberLimits.MAX_FRACTION_DIGITS + "})?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,7}");
    /** A date written exactly yyyy-MM-dd (ASCII digits, a real calendar day), as answers are read. */
    static Optional<LocalDate> parseDate(String text) {
        return IsoDate.parse(text);
    }

    /** Locales with built-in catalogues; a survey may also declare those its catalogue files supply. */
    static final List<String> SUPPORTED_LOCALES = dev.surveygen.messages.Catalogue.BUILT_IN_LOCALES;

    private static final List<String> ROOT_KEYS = List.of("surveygen", "id", "java-name", "title", "version", "locale", "locales",
            "description", "defaults", "messages", "choice-lists", "sections");
    private static final List<String> DEFAULTS_KEYS = List.of("required", "full-width-digits");
    private static final List<String> SECTION_KEYS = List.of("id", "title", "description", "when", "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "java-name", "type", "label", "hint", "help", "references",
            "required", "when", "other-for", "personal-data", "choices", "min", "max", "min-length", "max-length",
            "pattern", "pattern-message", "min-selections", "max-selections", "unit");
    private static final List<String> CHOICE_KEYS = List.of("code", "java-name", "label", "exclusive", "other");
    /** A choice list written as a mapping, to give its enum a Java name. */
    private static final List<String> LIST_KEYS = List.of("java-name", "choices");
    private static final List<String> REFERENCE_KEYS = List.of("title", "section", "quote", "url");

    private final String file;
    private final SourceText source;
    private final Diagnostics diagnostics;
    private String defaultLocale = "ja";
    private List<String> locales = List.of("ja");
    private boolean requiredByDefault = true;
    private final Map<String, ChoiceList> choiceLists = new LinkedHashMap<>();
    private final Map<String, SourcePosition> otherForPositions = new LinkedHashMap<>();

    /** The catalogue files supplied with the definition: their locales are available too. */
    private final CatalogueFiles catalogues;
    /** Where each declared locale is written, for the errors of its catalogue. */
    private final Map<String, SourcePosition> localePositions = new LinkedHashMap<>();

    DefinitionBinder(String file, SourceText source, Diagnostics diagnostics) {
        this(file, source, diagnostics, CatalogueFiles.NONE);
    }

    DefinitionBinder(String file, SourceText source, Diagnostics diagnostics, CatalogueFiles catalogues) {
        this.file = file;
        this.source = source;
        this.diagnostics = diagnostics;
        this.catalogues = catalogues;
    }

    /** What binding produced: a survey that is only meaningful when no error was reported. */
    record Bound(Survey survey, Map<String, SourcePosition> otherForPositions) {}

    Optional<Bound> bind(Node root) {
        checkNodes(root, 0);
        Optional<MapView> maybeView = MapView.of(root, "the survey", diagnostics);
        if (maybeView.isEmpty()) {
            return Optional.empty();
        }
        MapView view = maybeView.get();
        view.allowOnly(ROOT_KEYS, diagnostics);

        Optional<ScalarNode> format = scalar(view, "surveygen");
        if (format.isEmpty()) {
            diagnostics.error(view.position(), "missing 'surveygen: 1' (the definition format version)");
        } else if (!format.get().getValue().equals("1")) {
            diagnostics.error(MapView.position(format.get()), "unsupported format version '"
                    + format.get().getValue() + "'; this surveygen reads version 1");
        }
        bindLocales(view);
        String id = requiredId(view, "id", "the survey");
        Optional<JavaName> javaName = javaName(view, JavaNames.Kind.TYPE);
        Text title = requiredText(view, "title");
        Optional<String> version = scalar(view, "version").map(ScalarNode::getValue);
        Optional<Text> description = optionalText(view, "description");
        DigitPolicy digitPolicy = bindDefaults(view);
        Map<String, Map<String, String>> messages = bindMessages(view);
        view.get("choice-lists").ifPresent(this::bindChoiceLists);
        List<Section> sections = bindSections(view);
        Survey survey = new Survey(file, id, title, version, defaultLocale, locales, description, digitPolicy,
                choiceLists, sections, messages, javaName);
        return Optional.of(new Bound(survey, otherForPositions));
    }

    /** Tags, and values that hold half a surrogate pair: anywhere in the file, keys included. */
    private void checkNodes(Node node, int depth) {
        Tag tag = node.getTag();
        if (!tag.equals(Tag.STR) && !tag.equals(Tag.SEQ) && !tag.equals(Tag.MAP)) {
            diagnostics.error(MapView.position(node), "YAML tags such as '" + tag.getValue() + "' are not allowed");
        }
        // Only a double-quoted escape can make half a pair: the strict UTF-8 decoding refused any in the bytes.
        if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            checkSurrogates(scalar);
        }
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(t -> {
                checkNodes(t.getKeyNode(), depth + 1);
                checkNodes(t.getValueNode(), depth + 1);
            });
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(n -> checkNodes(n, depth + 1));
        }
    }

    /**
     * A double-quoted escape such as {@code "\\uD800"} gives half of a UTF-16 surrogate pair, which
     * is no character: written as UTF-8 it becomes '?', so the generated Java, the form and
     * {@code check} would read different text. Rejected where it is written; a pair of escapes
     * that makes one character is fine.
     */
    private void checkSurrogates(ScalarNode scalar) {
        String value = scalar.getValue();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                diagnostics.error(ScalarPositions.of(scalar, source).at(i), String.format(java.util.Locale.ROOT,
                        "'\\u%04X' is half of a UTF-16 surrogate pair, not a character, and cannot be written to the"
                        + " generated files; write the character itself (a \\U00XXXXXX escape in double quotes)", (int) c));
                return;
            }
        }
    }

    private void bindLocales(MapView view) {
        Optional<ScalarNode> locale = scalar(view, "locale");
        if (locale.isPresent()) {
            defaultLocale = locale.get().getValue();
            localePositions.put(defaultLocale, MapView.position(locale.get()));
            checkLocale(defaultLocale, MapView.position(locale.get()));
        }
        Optional<Node> declared = view.get("locales");
        if (declared.isEmpty()) {
            locales = List.of(defaultLocale);
            localePositions.putIfAbsent(defaultLocale, locale.isPresent() ? MapView.position(locale.get()) : view.position());
            return;
        }
        if (!(declared.get() instanceof SequenceNode)) {
            sequence(declared.get(), "locales"); // reports it; carry on with the locales it must have
            locales = List.of(defaultLocale);
            return;
        }
        List<String> list = new ArrayList<>();
        for (Node item : sequence(declared.get(), "locales")) {
            if (item instanceof ScalarNode scalar) {
                String value = scalar.getValue();
                if (checkLocale(value, MapView.position(scalar))) {
                    if (list.contains(value)) {
                        diagnostics.error(MapView.position(scalar), "locale '" + value + "' is declared twice");
                    } else {
                        list.add(value);
                        localePositions.put(value, MapView.position(scalar));
                    }
                }
            } else {
                diagnostics.error(MapView.position(item), "a locale is a code such as ja or en, not " + MapView.kind(item));
            }
        }
        if (!list.contains(defaultLocale)) {
            diagnostics.error(MapView.position(declared.get()), "the default locale '" + defaultLocale
                    + "' is not among the declared locales");
        }
        locales = List.copyOf(list);
    }

    /**
     * A locale must be a BCP 47 language tag in canonical form, with a catalogue: a built-in one
     * or a file in the catalogue directory.
     */
    private boolean checkLocale(String value, SourcePosition position) {
        Optional<String> tagProblem = CatalogueFiles.tagProblem(value);
        if (tagProblem.isPresent()) {
            diagnostics.error(position, tagProblem.get());
            return false;
        }
        if (!SUPPORTED_LOCALES.contains(value) && !catalogues.has(value)) {
            List<String> available = new ArrayList<>(SUPPORTED_LOCALES);
            available.addAll(catalogues.locales());
            diagnostics.error(position, "surveygen has no catalogue for the locale '" + value + "': supply its texts in "
                    + catalogues.directory().map(d -> d.resolve("catalogue_" + value + ".properties").toString())
                            .orElse("catalogue_" + value + ".properties, in the catalogue directory (catalogues/ beside the"
                                    + " definition, or --catalogues DIR)")
                    + "; the locales with a catalogue are " + String.join(", ", available)
                    + Suggestions.didYouMean(value, available));
            return false;
        }
        return true;
    }

    /**
     * The survey's own texts per locale: the locale's catalogue file, and over it the definition's
     * {@code messages} (catalogue key → text, or locale → text). Every declared locale without a
     * built-in catalogue must then have every key: a key its file lacks is an error naming the
     * file and the key (or, with no file, at the locale's declaration).
     */
    private Map<String, Map<String, String>> bindMessages(MapView root) {
        Map<String, Map<String, String>> own = new TreeMap<>();
        for (String locale : locales) {
            if (catalogues.has(locale)) {
                own.put(locale, new TreeMap<>(catalogues.texts(locale)));
            }
        }
        Optional<Node> node = root.get("messages");
        if (node.isPresent()) {
            Optional<MapView> maybe = MapView.of(node.get(), "'messages'", diagnostics);
            if (maybe.isPresent()) {
                MapView messages = maybe.get();
                for (String key : messages.keys()) {
                    if (!dev.surveygen.messages.Catalogue.keySet().contains(key)) {
                        diagnostics.error(messages.keyPosition(key), "there is no text '" + key + "' to replace"
                                + Suggestions.didYouMean(key, dev.surveygen.messages.Catalogue.keySet())
                                + " (the keys are listed in docs/forms.md)");
                        continue;
                    }
                    Node value = messages.get(key).orElseThrow();
                    Map<String, ScalarNode> byLocale = new LinkedHashMap<>();
                    if (value instanceof ScalarNode scalar) {
                        byLocale.put(defaultLocale, scalar);
                    } else if (value instanceof MappingNode) {
                        MapView texts = MapView.of(value, "'" + key + "'", diagnostics).orElseThrow();
                        for (String locale : texts.keys()) {
                            Node text = texts.get(locale).orElseThrow();
                            if (!locales.contains(locale)) {
                                diagnostics.error(texts.keyPosition(locale), "'" + key + "' has text in locale '" + locale
                                        + "', which the survey does not declare" + Suggestions.didYouMean(locale, locales)
                                        + "; declared: " + String.join(", ", locales));
                            } else if (text instanceof ScalarNode s) {
                                byLocale.put(locale, s);
                            } else {
                                diagnostics.error(MapView.position(text), "'" + key + "' in " + locale
                                        + " must be text, not " + MapView.kind(text));
                            }
                        }
                    } else {
                        diagnostics.error(MapView.position(value), "'" + key + "' must be text (or a mapping from"
                                + " locale to text), not a list");
                    }
                    byLocale.forEach((locale, scalar) -> {
                        String text = clean(scalar.getValue());
                        Optional<String> problem = dev.surveygen.messages.Catalogue.problem(key, text);
                        if (problem.isPresent()) {
                            diagnostics.error(MapView.position(scalar), problem.get());
                        } else {
                            own.computeIfAbsent(locale, l -> new TreeMap<>()).put(key, text);
                        }
                    });
                }
            }
        }
        for (String locale : locales) {
            if (SUPPORTED_LOCALES.contains(locale) || !catalogues.has(locale)) {
                continue; // built in: every key; no catalogue at all: reported where the locale is declared
            }
            Map<String, String> texts = own.getOrDefault(locale, Map.of());
            Path catalogue = catalogues.file(locale).orElseThrow();
            for (String key : dev.surveygen.messages.Catalogue.keySet()) {
                if (!texts.containsKey(key)) {
                    diagnostics.add(new dev.surveygen.diagnostics.Diagnostic(catalogue.toString(), SourcePosition.START,
                            dev.surveygen.diagnostics.Severity.ERROR, "the catalogue has no text '" + key
                            + "', which the survey " + file + " needs in " + locale + " (give it here or in the"
                            + " definition's messages)"));
                }
            }
        }
        return own;
    }

    private DigitPolicy bindDefaults(MapView root) {
        DigitPolicy policy = DigitPolicy.NFKC;
        Optional<Node> node = root.get("defaults");
        if (node.isEmpty()) {
            return policy;
        }
        Optional<MapView> maybe = MapView.of(node.get(), "defaults", diagnostics);
        if (maybe.isEmpty()) {
            return policy;
        }
        MapView view = maybe.get();
        view.allowOnly(DEFAULTS_KEYS, diagnostics);
        requiredByDefault = bool(view, "required").orElse(true);
        Optional<ScalarNode> digits = scalar(view, "full-width-digits");
        if (digits.isPresent()) {
            String value = digits.get().getValue();
            Optional<DigitPolicy> parsed = DigitPolicy.fromKeyword(value);
            if (parsed.isEmpty()) {
                diagnostics.error(MapView.position(digits.get()), "full-width-digits must be "
                        + String.join(" or ", DigitPolicy.keywords()) + ", not '" + value + "'"
                        + Suggestions.didYouMean(value, DigitPolicy.keywords()));
            } else {
                policy = parsed.get();
            }
        }
        return policy;
    }

    private void bindChoiceLists(Node node) {
        Optional<MapView> maybe = MapView.of(node, "choice-lists", diagnostics);
        if (maybe.isEmpty()) {
            return;
        }
        MapView view = maybe.get();
        for (String name : view.keys()) {
            SourcePosition at = view.keyPosition(name);
            if (!ID.matcher(name).matches()) {
                diagnostics.error(at, badName("choice list name", name));
            }
            choiceLists.put(name, bindList(view.get(name).orElseThrow(), Optional.of(name), at,
                    "choice list '" + name + "'"));
        }
    }

    /**
     * A list of choices, or a mapping with its {@code choices} and the {@code java-name} of its
     * enum: {@code {java-name: IpaExam, choices: [...]}}.
     */
    private ChoiceList bindList(Node node, Optional<String> name, SourcePosition at, String what) {
        if (!(node instanceof MappingNode)) {
            return bindChoices(node, name, at, Optional.empty());
        }
        MapView view = MapView.of(node, what, diagnostics).orElseThrow();
        view.allowOnly(LIST_KEYS, diagnostics);
        Optional<JavaName> javaName = javaName(view, JavaNames.Kind.TYPE);
        Optional<Node> choices = view.get("choices");
        if (choices.isEmpty()) {
            diagnostics.error(view.position(), what + " needs its 'choices' (a list of choices) beside 'java-name'");
            return new ChoiceList(name, List.of(), at, javaName);
        }
        if (choices.get() instanceof ScalarNode scalar && name.isEmpty()) {
            diagnostics.error(MapView.position(scalar), "'choices' beside 'java-name' must be the list of choices, not"
                    + " the name of a shared list; give the java-name of '" + scalar.getValue() + "' in choice-lists");
            return new ChoiceList(name, List.of(), at, javaName);
        }
        return bindChoices(choices.get(), name, at, javaName);
    }

    /**
     * A {@code java-name}, if the mapping has one, as written; an error at its first wrong
     * character when it is not the Java name of a {@code kind} ({@link JavaNames#problem}).
     */
    private Optional<JavaName> javaName(MapView view, JavaNames.Kind kind) {
        Optional<ScalarNode> node = scalar(view, "java-name");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String name = node.get().getValue();
        JavaNames.problem(name, kind).ifPresent(problem -> diagnostics.error(
                ScalarPositions.of(node.get(), source).at(problem.offset()), problem.message()));
        return Optional.of(new JavaName(name, MapView.position(node.get())));
    }

    private ChoiceList bindChoices(Node node, Optional<String> name, SourcePosition at, Optional<JavaName> javaName) {
        List<Choice> choices = new ArrayList<>();
        Map<String, Choice> byCode = new LinkedHashMap<>();
        Choice other = null;
        List<Node> items = sequence(node, "choices");
        if (items.isEmpty() && node instanceof SequenceNode) {
            diagnostics.error(MapView.position(node), "a choice list needs at least one choice");
        }
        if (items.size() > JavaLimits.MAX_CHOICES) {
            diagnostics.error(MapView.position(node), "the list has " + items.size() + " choices, more than the "
                    + JavaLimits.MAX_CHOICES + " that its generated Java enum can hold; split it, or ask for the"
                    + " answer as text");
        }
        for (Node item : items) {
            Optional<MapView> maybe = MapView.of(item, "a choice", diagnostics);
            if (maybe.isEmpty()) {
                continue;
            }
            MapView view = maybe.get();
            view.allowOnly(CHOICE_KEYS, diagnostics);
            Optional<ScalarNode> codeNode = scalar(view, "code");
            String code = "";
            SourcePosition position = view.position();
            if (codeNode.isEmpty()) {
                diagnostics.error(view.position(), "a choice needs a code");
            } else {
                code = codeNode.get().getValue();
                position = MapView.position(codeNode.get());
                if (!CODE.matcher(code).matches()) {
                    diagnostics.error(position, badName("choice code", code)
                            .replace("must start with a letter and may contain only", "may contain only"));
                }
            }
            Optional<JavaName> constant = javaName(view, JavaNames.Kind.CONSTANT);
            Text label = requiredText(view, "label");
            boolean exclusive = bool(view, "exclusive").orElse(false);
            boolean isOther = bool(view, "other").orElse(false);
            Choice choice = new Choice(code, label, exclusive, isOther, position, constant);
            if (!code.isEmpty()) {
                Choice first = byCode.get(code.toLowerCase(java.util.Locale.ROOT));
                if (first != null) {
                    diagnostics.error(position, first.code().equals(code)
                            ? "duplicate choice code '" + code + "' (first at " + first.position() + ")"
                            : "choice code '" + code + "' differs from '" + first.code() + "' (" + first.position()
                                    + ") only in letter case");
                    continue;
                }
                byCode.put(code.toLowerCase(java.util.Locale.ROOT), choice);
            }
            if (isOther) {
                if (other != null) {
                    diagnostics.error(view.keyPosition("other"), "only one choice of a list can be 'other' (first: '"
                            + other.code() + "' at " + other.position() + ")");
                } else {
                    other = choice;
                }
            }
            choices.add(choice);
        }
        return new ChoiceList(name, choices, at, javaName);
    }

    private List<Section> bindSections(MapView root) {
        Optional<Node> node = root.get("sections");
        if (node.isEmpty()) {
            diagnostics.error(root.position(), "missing 'sections': a survey needs at least one section of questions");
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        List<Node> items = sequence(node.get(), "sections");
        if (items.isEmpty() && node.get() instanceof SequenceNode) {
            diagnostics.error(MapView.position(node.get()), "a survey needs at least one section");
        }
        for (Node item : items) {
            MapView.of(item, "a section", diagnostics).ifPresent(view -> sections.add(bindSection(view)));
        }
        return sections;
    }

    private Section bindSection(MapView view) {
        view.allowOnly(SECTION_KEYS, diagnostics);
        String id = requiredId(view, "id", "a section");
        Text title = requiredText(view, "title");
        Optional<Text> description = optionalText(view, "description");
        Optional<Condition> condition = condition(view);
        List<Question> questions = new ArrayList<>();
        Optional<Node> node = view.get("questions");
        if (node.isEmpty()) {
            diagnostics.error(view.position(), "section '" + id + "' has no 'questions'");
        } else {
            List<Node> items = sequence(node.get(), "questions");
            if (items.isEmpty() && node.get() instanceof SequenceNode) {
                diagnostics.error(MapView.position(node.get()), "section '" + id + "' has no questions");
            }
            for (Node item : items) {
                MapView.of(item, "a question", diagnostics).ifPresent(q -> questions.add(bindQuestion(q, id)));
            }
        }
        // Like a question's, a section's position is its id value, so that "duplicate section id"
        // points at the duplicated id.
        SourcePosition position = view.get("id").map(MapView::position).orElse(view.position());
        return new Section(id, title, description, condition, questions, position);
    }

    private Question bindQuestion(MapView view, String sectionId) {
        view.allowOnly(QUESTION_KEYS, diagnostics);
        String id = requiredId(view, "id", "a question");
        Optional<JavaName> javaName = javaName(view, JavaNames.Kind.METHOD);
        SourcePosition position = view.get("id").map(MapView::position).orElse(view.position());
        QuestionType type = null;
        Optional<ScalarNode> typeNode = scalar(view, "type");
        if (typeNode.isEmpty()) {
            if (!view.has("type")) {
                diagnostics.error(view.position(), "question '" + id + "' has no type (one of "
                        + String.join(", ", QuestionType.keywords()) + ")");
            }
        } else {
            String keyword = typeNode.get().getValue();
            type = QuestionType.fromKeyword(keyword).orElse(null);
            if (type == null) {
                diagnostics.error(MapView.position(typeNode.get()), "unknown question type '" + keyword + "'"
                        + Suggestions.didYouMean(keyword, QuestionType.keywords()) + "; types are "
                        + String.join(", ", QuestionType.keywords()));
            }
        }
        Text label = requiredText(view, "label");
        Optional<Text> hint = optionalText(view, "hint");
        Optional<Text> help = optionalText(view, "help");
        List<Reference> references = view.get("references").map(this::bindReferences).orElse(List.of());
        Optional<Condition> condition = condition(view);
        Optional<Boolean> required = bool(view, "required");
        boolean personalData = bool(view, "personal-data").orElse(false);
        Optional<String> otherFor = scalar(view, "other-for").map(s -> {
            otherForPositions.put(id, MapView.position(s));
            return s.getValue();
        });
        if (type == null) {
            return new Question(id, sectionId, label, hint, help, references, false, condition, otherFor, personalData,
                    new AnswerSpec.NoteSpec(), position, javaName); // an unknown type (reported): nothing more to bind
        }
        QuestionType t = type;
        for (String key : QuestionType.TYPE_KEYS) {
            if (view.has(key) && !t.takes(key)) {
                diagnostics.error(view.keyPosition(key), "'" + key + "' applies only to " + QuestionType.takers(key));
            }
        }
        if (otherFor.isPresent() && view.has("when")) {
            diagnostics.error(view.keyPosition("when"), "an other-for question is enabled when its 'other' choice is"
                    + " selected; remove 'when' (or drop other-for and write the whole condition)");
        }
        AnswerSpec answer = AnswerSpec.of(t, new SpecValues(view, id));
        answer.accept(new SpecConsistency(view));
        boolean isRequired = answer.takesAnswer() && required.orElse(requiredByDefault);
        return new Question(id, sectionId, label, hint, help, references, isRequired, condition, otherFor,
                personalData, answer, position, javaName);
    }

    /** The values of the keys a type takes, read (and reported when bad) where the factory asks for them. */
    private final class SpecValues implements AnswerSpec.Values {

        private final MapView view;
        private final String id;

        SpecValues(MapView view, String id) {
            this.view = view;
            this.id = id;
        }

        @Override
        public Optional<BigDecimal> number(String key, boolean integer) {
            return DefinitionBinder.this.number(view, key, integer);
        }

        @Override
        public Optional<LocalDate> date(String key) {
            return DefinitionBinder.this.date(view, key);
        }

        @Override
        public Optional<Integer> count(String key) {
            return DefinitionBinder.this.count(view, key);
        }

        @Override
        public Optional<String> pattern(String key) {
            return DefinitionBinder.this.pattern(view);
        }

        @Override
        public Optional<Text> text(String key) {
            return optionalText(view, key);
        }

        @Override
        public ChoiceList choices() {
            return bindQuestionChoices(view, id).orElseGet(() -> new ChoiceList(Optional.empty(), List.of(),
                    view.position()));
        }
    }

    /** The rules between a spec's own values (min not above max, …), each family's in one place. */
    private final class SpecConsistency implements AnswerSpec.Visitor<Void> {

        private final MapView view;

        SpecConsistency(MapView view) {
            this.view = view;
        }

        @Override
        public Void visitNote(AnswerSpec.NoteSpec note) {
            return null;
        }

        @Override
        public Void visitYesNo(AnswerSpec.YesNoSpec yesNo) {
            return null;
        }

        @Override
        public Void visitNumber(AnswerSpec.NumberSpec number) {
            if (number.min().isPresent() && number.max().isPresent() && number.min().get().compareTo(number.max().get()) > 0) {
                diagnostics.error(view.keyPosition("min"), "min " + number.min().get().toPlainString()
                        + " is greater than max " + number.max().get().toPlainString());
            }
            return null;
        }

        @Override
        public Void visitDate(AnswerSpec.DateSpec date) {
            if (date.min().isPresent() && date.max().isPresent() && date.min().get().isAfter(date.max().get())) {
                diagnostics.error(view.keyPosition("min"), "min " + date.min().get() + " is after max " + date.max().get());
            }
            return null;
        }

        @Override
        public Void visitText(AnswerSpec.TextSpec text) {
            Optional<Integer> minLength = text.minLength();
            Optional<Integer> maxLength = text.maxLength();
            if (minLength.isPresent() && maxLength.isPresent() && minLength.get() > maxLength.get()) {
                diagnostics.error(view.keyPosition("min-length"), "min-length " + minLength.get()
                        + " is greater than max-length " + maxLength.get());
            }
            if (maxLength.isPresent() && maxLength.get() == 0) {
                diagnostics.error(view.keyPosition("max-length"), "max-length 0 leaves no possible answer");
            }
            if (text.patternMessage().isPresent() && !view.has("pattern")) {
                diagnostics.error(view.keyPosition("pattern-message"), "pattern-message without a pattern");
            }
            return null;
        }

        @Override
        public Void visitChoice(AnswerSpec.ChoiceSpec choice) {
            Optional<Integer> minSelections = choice.minSelections();
            Optional<Integer> maxSelections = choice.maxSelections();
            if (minSelections.isPresent() && maxSelections.isPresent() && minSelections.get() > maxSelections.get()) {
                diagnostics.error(view.keyPosition("min-selections"), "min-selections " + minSelections.get()
                        + " is greater than max-selections " + maxSelections.get());
            }
            if (maxSelections.isPresent() && maxSelections.get() == 0) {
                diagnostics.error(view.keyPosition("max-selections"), "max-selections 0 leaves no possible answer");
            }
            if (minSelections.orElse(0) >= 2) {
                choice.exclusiveChoices().stream().findFirst().ifPresent(exclusive ->
                        diagnostics.warning(view.keyPosition("min-selections"), "min-selections "
                                + minSelections.get() + " with the exclusive choice '" + exclusive.code()
                                + "': selecting only '" + exclusive.code() + "' is always a selection-count violation,"
                                + " since it cannot be selected with others; use min-selections: 1 or remove 'exclusive'"));
            }
            return null;
        }
    }

    private Optional<ChoiceList> bindQuestionChoices(MapView view, String id) {
        Optional<Node> node = view.get("choices");
        if (node.isEmpty()) {
            diagnostics.error(view.position(), "question '" + id + "' needs choices: a list, or the name of one of"
                    + " the choice-lists");
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar) {
            String name = scalar.getValue();
            ChoiceList list = choiceLists.get(name);
            if (list == null) {
                diagnostics.error(MapView.position(scalar), "unknown choice list '" + name + "'"
                        + Suggestions.didYouMean(name, choiceLists.keySet()));
                return Optional.empty();
            }
            return Optional.of(list);
        }
        return Optional.of(bindList(node.get(), Optional.empty(), MapView.position(node.get()),
                "the choices of question '" + id + "'"));
    }

    private Optional<String> pattern(MapView view) {
        Optional<ScalarNode> node = scalar(view, "pattern");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String regex = node.get().getValue();
        if (regex.isEmpty()) {
            diagnostics.error(MapView.position(node.get()), "pattern is empty");
            return Optional.empty();
        }
        ScalarPositions positions = ScalarPositions.of(node.get(), source);
        Optional<RegexPortability.Problem> problem = RegexPortability.nesting(regex);
        if (problem.isPresent()) {
            diagnostics.error(positions.at(problem.get().offset()), problem.get().message());
            return Optional.empty();
        }
        try {
            // Only for the syntax and Java's description of what is wrong: answers are matched by
            // the compiled program (PatternCompiler), never by java.util.regex.
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            // Java points past the end for what is missing at the end ("Unclosed group"): show the last character.
            diagnostics.error(positions.at(Math.max(0, Math.min(e.getIndex(), regex.length() - 1))),
                    "invalid regular expression: " + e.getDescription());
            return Optional.empty();
        }
        problem = RegexPortability.check(regex);
        if (problem.isPresent()) {
            diagnostics.error(positions.at(problem.get().offset()), problem.get().message());
            return Optional.empty();
        }
        try {
            PatternCompiler.compile(regex);
        } catch (PatternCompiler.PatternProblem e) {
            diagnostics.error(positions.at(e.offset()), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(regex);
    }

    private List<Reference> bindReferences(Node node) {
        List<Reference> references = new ArrayList<>();
        for (Node item : sequence(node, "references")) {
            Optional<MapView> maybe = MapView.of(item, "a reference", diagnostics);
            if (maybe.isEmpty()) {
                continue;
            }
            MapView view = maybe.get();
            view.allowOnly(REFERENCE_KEYS, diagnostics);
            Text title = requiredText(view, "title");
            Optional<Text> section = optionalText(view, "section");
            Optional<Text> quote = optionalText(view, "quote");
            Optional<String> url = scalar(view, "url").flatMap(s -> {
                if (!isWebAddress(s.getValue())) {
                    diagnostics.error(MapView.position(s), "url must be an http:// or https:// address, not '"
                            + s.getValue() + "'");
                    return Optional.empty();
                }
                return Optional.of(s.getValue());
            });
            references.add(new Reference(title, section, quote, url));
        }
        return references;
    }

    private static boolean isWebAddress(String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && !value.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>');
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private Optional<Condition> condition(MapView view) {
        Optional<Node> node = view.get("when");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof ScalarNode scalar)) {
            diagnostics.error(MapView.position(node.get()), "a condition is text such as ${Q2-1} = yes, not "
                    + MapView.kind(node.get()) + " (a '{' at the start makes YAML read a mapping: write ${...})");
            return Optional.empty();
        }
        String text = scalar.getValue();
        ScalarPositions positions = ScalarPositions.of(scalar, source);
        try {
            return Optional.of(new Condition(text, ConditionParser.parse(text), positions));
        } catch (ConditionSyntaxException e) {
            diagnostics.error(positions.at(e.offset()), "in condition: " + e.getMessage());
            return Optional.empty();
        }
    }

    private String requiredId(MapView view, String key, String what) {
        Optional<ScalarNode> node = scalar(view, key);
        if (node.isEmpty()) {
            if (!view.has(key)) {
                diagnostics.error(view.position(), what + " needs an '" + key + "'");
            }
            return "";
        }
        String value = node.get().getValue();
        if (!ID.matcher(value).matches()) {
            diagnostics.error(MapView.position(node.get()), badName(what.replace("a ", "").replace("the ", "") + " id", value));
        }
        return value;
    }

    private static String badName(String what, String value) {
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFKC);
        String suggestion = !ascii.equals(value) && ID.matcher(ascii).matches() ? " (did you mean '" + ascii + "'?)" : "";
        if (value.isEmpty()) {
            return what + " is empty";
        }
        return what + " '" + value + "' must start with a letter and may contain only letters A-Z, digits, '-'"
                + " and '_' (at most 64)" + suggestion;
    }

    private Text requiredText(MapView view, String key) {
        Optional<Text> text = optionalText(view, key);
        if (text.isEmpty() && !view.has(key)) {
            diagnostics.error(view.position(), view.what() + " needs a '" + key + "'");
        }
        return text.orElse(Text.of(defaultLocale, ""));
    }

    private Optional<Text> optionalText(MapView view, String key) {
        Optional<Node> node = view.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> byLocale = new TreeMap<>();
        if (node.get() instanceof ScalarNode scalar) {
            byLocale.put(defaultLocale, clean(scalar.getValue()));
        } else if (node.get() instanceof MappingNode) {
            MapView texts = MapView.of(node.get(), "'" + key + "'", diagnostics).orElseThrow();
            for (String locale : texts.keys()) {
                Node value = texts.get(locale).orElseThrow();
                if (!locales.contains(locale)) {
                    diagnostics.error(texts.keyPosition(locale), "'" + key + "' has text in locale '" + locale
                            + "', which the survey does not declare" + Suggestions.didYouMean(locale, locales)
                            + "; declared: " + String.join(", ", locales));
                } else if (value instanceof ScalarNode s) {
                    byLocale.put(locale, clean(s.getValue()));
                } else {
                    diagnostics.error(MapView.position(value), "'" + key + "' in " + locale + " must be text, not "
                            + MapView.kind(value));
                }
            }
        } else {
            diagnostics.error(MapView.position(node.get()), "'" + key + "' must be text (or a mapping from locale to"
                    + " text), not a list");
            return Optional.empty();
        }
        SourcePosition at = MapView.position(node.get());
        for (Map.Entry<String, String> entry : byLocale.entrySet()) {
            if (SurveyText.isBlank(entry.getValue())) {
                diagnostics.error(at, "'" + key + "' is empty" + (byLocale.size() > 1 ? " in " + entry.getKey() : ""));
            }
        }
        for (String locale : locales) {
            if (!byLocale.containsKey(locale) && locales.contains(locale)) {
                diagnostics.error(at, "'" + key + "' is missing its " + locale + " text"
                        + (node.get() instanceof ScalarNode && locales.size() > 1
                                ? " (write it as {" + String.join(": ..., ", locales) + ": ...})" : ""));
            }
        }
        return Optional.of(Text.of(byLocale));
    }

    /**
     * Texts keep their leading white space and inner line breaks; trailing white space (and the
     * line break that ends a block scalar) is not content. White space is what answers trim
     * ({@link SurveyText}: JavaScript's trim set), so a text of only U+00A0 is empty, as it would be
     * as an answer.
     */
    private static String clean(String text) {
        int end = text.length();
        while (end > 0 && SurveyText.isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private Optional<ScalarNode> scalar(MapView view, String key) {
        Optional<Node> node = view.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return Optional.of(scalar);
        }
        diagnostics.error(MapView.position(node.get()), "'" + key + "' must be a single value, not "
                + MapView.kind(node.get()));
        return Optional.empty();
    }

    private Optional<Boolean> bool(MapView view, String key) {
        return scalar(view, key).flatMap(s -> {
            switch (s.getValue()) {
                case "true":
                    return Optional.of(true);
                case "false":
                    return Optional.of(false);
                default:
                    diagnostics.error(MapView.position(s), "'" + key + "' must be true or false, not '" + s.getValue() + "'");
                    return Optional.empty();
            }
        });
    }

    private Optional<BigDecimal> number(MapView view, String key, boolean integer) {
        return scalar(view, key).flatMap(s -> {
            String value = s.getValue();
            Pattern shape = integer ? INTEGER : DECIMAL;
            if (!shape.matcher(value).matches()) {
                diagnostics.error(MapView.position(s), "'" + key + "' must be " + (integer ? "a whole number" : "a number")
                        + " written with ASCII digits, not '" + value + "'");
                return Optional.empty();
            }
            BigDecimal number = new BigDecimal(value);
            if (integer && (number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                    || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
                diagnostics.error(MapView.position(s), "'" + key + "' " + value + " is outside the range of an integer"
                        + " answer (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
                return Optional.empty();
            }
            return Optional.of(number);
        });
    }

    private Optional<LocalDate> date(MapView view, String key) {
        return scalar(view, key).flatMap(s -> {
            Optional<LocalDate> date = parseDate(s.getValue());
            if (date.isEmpty()) {
                diagnostics.error(MapView.position(s), "'" + key + "' must be a date written yyyy-MM-dd, not '"
                        + s.getValue() + "'");
            }
            return date;
        });
    }

    private Optional<Integer> count(MapView view, String key) {
        return scalar(view, key).flatMap(s -> {
            if (!COUNT.matcher(s.getValue()).matches()) {
                diagnostics.error(MapView.position(s), "'" + key + "' must be a whole number of 0 or more, not '"
                        + s.getValue() + "'");
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(s.getValue()));
        });
    }

    private List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        diagnostics.error(MapView.position(node), "'" + what + "' must be a list (lines starting with '- '), not "
                + MapView.kind(node));
        return List.of();
    }
}
