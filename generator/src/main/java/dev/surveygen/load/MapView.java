package dev.surveygen.load;

import dev.surveygen.diagnostics.Diagnostics;
import dev.surveygen.diagnostics.SourcePosition;
import dev.surveygen.diagnostics.Suggestions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping seen as keys to nodes, after reporting non-text keys and duplicate keys (which
 * SnakeYAML's composer does not catch: it only rejects them when constructing objects).
 */
final class MapView {

    private final MappingNode node;
    private final String what;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MapView(MappingNode node, String what) {
        this.node = node;
        this.what = what;
    }

    static Optional<MapView> of(Node node, String what, Diagnostics diagnostics) {
        if (!(node instanceof MappingNode mapping)) {
            diagnostics.error(position(node), what + " must be a mapping of keys to values, not " + kind(node));
            return Optional.empty();
        }
        MapView view = new MapView(mapping, what);
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                diagnostics.error(position(key), "keys must be plain names, not " + kind(key));
                continue;
            }
            NodeTuple first = view.entries.get(scalar.getValue());
            if (first != null) {
                diagnostics.error(position(key), "duplicate key '" + scalar.getValue() + "' in " + what
                        + " (first at " + position(first.getKeyNode()) + ")");
                continue;
            }
            view.entries.put(scalar.getValue(), tuple);
        }
        return Optional.of(view);
    }

    /** Reports every key not in {@code allowed}, suggesting the nearest allowed one. */
    void allowOnly(Collection<String> allowed, Diagnostics diagnostics) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                diagnostics.error(position(entry.getValue().getKeyNode()), "unknown key '" + entry.getKey() + "' in "
                        + what + Suggestions.didYouMean(entry.getKey(), allowed));
            }
        }
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    SourcePosition keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position() : position(tuple.getKeyNode());
    }

    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    SourcePosition position() {
        return position(node);
    }

    String what() {
        return what;
    }

    static SourcePosition position(Node node) {
        return YamlComposer.position(node.getStartMark());
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a single value";
    }
}
