package dev.attain.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.yaml.YAMLParser;

/** Reads one value from a streaming parser into a located {@link Node} tree. */
final class TreeReader {

    private TreeReader() {
    }

    /**
     * Reads the value whose first token is the parser's current token, leaving the parser on
     * the value's last token (as Jackson's deserializers do).
     */
    static Node read(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new StreamReadException(p, "Unexpected end of input: expected a value");
        }
        Loc loc = Loc.of(p.currentTokenLocation());
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new StreamReadException(p, "YAML aliases (*" + p.getString() + ") are not supported: write the"
                    + " value out in full", p.currentTokenLocation());
        }
        switch (t) {
            case START_OBJECT: {
                List<Node.Member> members = new ArrayList<>();
                while ((t = next(p)) == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    Loc nameLoc = Loc.of(p.currentTokenLocation());
                    next(p);
                    members.add(new Node.Member(name, nameLoc, read(p)));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new StreamReadException(p, "Unexpected token " + t + ": expected a property name or '}'");
                }
                return new Node.Obj(loc, List.copyOf(members));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while ((t = next(p)) != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Node.Arr(loc, List.copyOf(items));
            }
            case PROPERTY_NAME:
            case END_OBJECT:
            case END_ARRAY:
            case NOT_AVAILABLE:
                throw new StreamReadException(p, "Unexpected token " + t + ": expected a value");
            default:
                return new Node.Val(loc, t, t == JsonToken.VALUE_NULL ? "null" : p.getString());
        }
    }

    private static JsonToken next(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new StreamReadException(p, "Unexpected end of input: the file ends inside an object or array");
        }
        return t;
    }
}
