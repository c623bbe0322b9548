package dev.surveygen.load;

import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.diagnostics.SourcePosition;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the bytes of a definition into one SnakeYAML node tree, safely: strict UTF-8, a size
 * limit checked before parsing, a nesting limit, no aliases of collections, no global tags, and
 * a resolver that keeps every plain scalar as text ({@code no}, {@code 012}, {@code 1.0} and
 * {@code 2024-01-01} reach the binder exactly as written). Every failure becomes a diagnostic
 * with a position; nothing is thrown.
 */
final class YamlComposer {

    private static final String GLOBAL_TAG_PROBLEM = "Global tag is not allowed: ";

    private final LoaderLimits limits;

    YamlComposer(LoaderLimits limits) {
        this.limits = limits;
    }

    /** The decoded text, or empty after reporting why the bytes are not acceptable text. */
    Optional<String> decode(byte[] bytes, Diagnostics diagnostics) {
        // The platform's own decoding is much the quicker; it puts U+FFFD for what is no UTF-8, so
        // only text holding U+FFFD (written as itself, or standing for an error) is decoded again,
        // strictly, to find the first bad byte.
        String quick = new String(bytes, StandardCharsets.UTF_8);
        return quick.indexOf('\uFFFD') < 0 ? withinLimits(quick, diagnostics) : decodeStrictly(bytes, diagnostics);
    }

    private Optional<String> decodeStrictly(byte[] bytes, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            String decodedSoFar = out.flip().toString();
            diagnostics.error(endOf(decodedSoFar), String.format(Locale.ROOT,
                    "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
                    bytes[in.position()] & 0xFF, in.position()));
            return Optional.empty();
        }
        decoder.flush(out);
        return withinLimits(out.flip().toString(), diagnostics);
    }

    private Optional<String> withinLimits(String decoded, Diagnostics diagnostics) {
        String text = decoded;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long codePoints = text.codePointCount(0, text.length());
        if (codePoints > limits.maxCodePoints()) {
            diagnostics.error(SourcePosition.START, "the file has " + codePoints
                    + " characters, more than the limit of " + limits.maxCodePoints());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The single document's root node, or empty after reporting the problems. */
    Optional<Node> compose(String text, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(0);
        // The parser wrapper enforces the nesting limit exactly, at the collection beyond it; SnakeYAML's
        // own check (which counts block sequences and flow collections differently) is only a backstop.
        options.setNestingDepthLimit(limits.maxNestingDepth() + 2);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxCodePoints() + 16L));
        options.setTagInspector(tag -> false);
        options.setProcessComments(false);
        options.setWrappedToRootException(false);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // Every plain scalar stays text; the binder decides what a value means.
            }
        };
        RecordingParser parser = new RecordingParser(new ParserImpl(new StreamReader(new StringReader(text)), options),
                limits.maxScalarAliases(), limits.maxNestingDepth());
        try {
            Composer composer = new Composer(parser, textOnly, options);
            if (!composer.checkNode()) {
                diagnostics.error(SourcePosition.START, "the file is empty; a survey definition starts with 'surveygen: 1'");
                return Optional.empty();
            }
            Node root = composer.getNode();
            if (composer.checkNode()) {
                // The second document's start: its '---' line (or its first token if it has none).
                Event second = parser.peekEvent();
                diagnostics.error(position(second.getStartMark()),
                        "a definition holds one YAML document; remove the second document (after '---')");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (TooManyAliases e) {
            diagnostics.error(e.alias != null ? position(e.alias) : SourcePosition.START, "the file uses more than " + limits.maxScalarAliases()
                    + " aliases (*name); write the value out instead");
            return Optional.empty();
        } catch (TooDeep e) {
            diagnostics.error(e.collection != null ? position(e.collection) : SourcePosition.START,
                    "the file nests lists and mappings more than " + limits.maxNestingDepth() + " levels deep");
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            diagnostics.error(mark != null ? position(mark) : SourcePosition.START, describe(e));
            return Optional.empty();
        } catch (ReaderException e) {
            diagnostics.error(positionOfCodePoint(text, e.getPosition()), String.format(Locale.ROOT,
                    "the file contains the control character U+%04X, which YAML does not allow; remove it",
                    e.getCodePoint()));
            return Optional.empty();
        } catch (YAMLException | StackOverflowError e) {
            // SnakeYAML's alias and nesting limits throw without a mark; the event the composer
            // read last is the alias or the node that broke the limit.
            Mark mark = parser.last != null ? parser.last.getStartMark() : null;
            diagnostics.error(mark != null ? position(mark) : SourcePosition.START, describe(e));
            return Optional.empty();
        } catch (RuntimeException e) {
            // Not every SnakeYAML failure is a YAMLException: a tag whose URI escapes decode to
            // control characters makes its Tag constructor throw IllegalArgumentException ("!%2",
            // found by fuzzing). Whatever it is, it is this input's fault: report it where the
            // composer stood, never as a crash.
            Event at = parser.last;
            String tag = at instanceof NodeEvent node ? tagOf(node) : null;
            diagnostics.error(at != null ? position(at.getStartMark()) : SourcePosition.START, tag != null
                    ? "YAML tags such as '" + tag + "' are not allowed"
                    : "YAML syntax: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String tagOf(NodeEvent event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        return event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    }


    private String describe(Throwable e) {
        String raw = e instanceof MarkedYAMLException marked
                ? (marked.getContext() != null ? marked.getContext() + ": " : "") + marked.getProblem()
                : String.valueOf(e.getMessage());
        if (e instanceof StackOverflowError) {
            return "the file nests too deeply";
        }
        if (raw.contains("aliases for non-scalar nodes")) {
            return "aliases of lists and mappings are not allowed (use choice-lists to share choices)";
        }
        if (raw.contains("Nesting Depth exceeded")) {
            return "the file nests lists and mappings more than " + limits.maxNestingDepth() + " levels deep";
        }
        int globalTag = raw.indexOf(GLOBAL_TAG_PROBLEM);
        if (globalTag >= 0) {
            // Name the tag, as the binder does for the tags that get past the composer.
            return "YAML tags such as '" + raw.substring(globalTag + GLOBAL_TAG_PROBLEM.length()).trim()
                    + "' are not allowed";
        }
        if (raw.contains("global tag")) {
            return "YAML tags are not allowed";
        }
        if (raw.contains("exceeds the limit")) {
            return "the file is larger than the limit of " + limits.maxCodePoints() + " characters";
        }
        String oneLine = raw.replace("\t", "\\t").replaceAll("\\s*\\n\\s*", "; ").trim();
        return "YAML syntax: " + oneLine;
    }

    static SourcePosition position(Mark mark) {
        return SourceText.position(mark.getLine(), mark.getColumn());
    }

    /** Thrown at the first alias beyond {@link LoaderLimits#maxScalarAliases()}. */
    private static final class TooManyAliases extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Mark alias;

        TooManyAliases(Mark alias) {
            super(null, null, false, false);
            this.alias = alias;
        }
    }

    /** Thrown at the first list or mapping nested deeper than {@link LoaderLimits#maxNestingDepth()}. */
    private static final class TooDeep extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Mark collection;

        TooDeep(Mark collection) {
            super(null, null, false, false);
            this.collection = collection;
        }
    }

    /**
     * Remembers the event the composer peeked at or took last, to locate errors thrown without a
     * mark, and counts aliases: SnakeYAML resolves an alias of a value to the anchored node itself,
     * so the alias's own position is known only here. Also counts how deeply lists and mappings
     * are open, the top-level mapping being level 1, the same way in block and flow style.
     */
    private static final class RecordingParser implements Parser {

        private final Parser delegate;
        private final int maxAliases;
        private final int maxDepth;
        private int aliases;
        private int depth;
        private Event last;

        RecordingParser(Parser delegate, int maxAliases, int maxDepth) {
            this.delegate = delegate;
            this.maxAliases = maxAliases;
            this.maxDepth = maxDepth;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            last = delegate.peekEvent();
            return last;
        }

        @Override
        public Event getEvent() {
            last = delegate.getEvent();
            if (last.is(Event.ID.Alias) && ++aliases > maxAliases) {
                throw new TooManyAliases(last.getStartMark());
            }
            if ((last.is(Event.ID.SequenceStart) || last.is(Event.ID.MappingStart)) && ++depth > maxDepth) {
                throw new TooDeep(last.getStartMark());
            }
            if (last.is(Event.ID.SequenceEnd) || last.is(Event.ID.MappingEnd)) {
                depth--;
            }
            return last;
        }
    }

    /** The position of the code point at {@code index}, counting line breaks as SnakeYAML does. */
    private static SourcePosition positionOfCodePoint(String text, int index) {
        int line = 1;
        int column = 1;
        int[] cps = text.codePoints().limit(Math.max(0, index)).toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean crlf = c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n';
            if (!crlf && (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }

    private static SourcePosition endOf(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }
}
