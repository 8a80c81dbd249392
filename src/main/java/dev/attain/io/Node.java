package dev.attain.io;

import java.util.List;
import tools.jackson.core.JsonToken;

/**
 * A JSON or YAML value that remembers where it was written. Jackson's own tree forgets token
 * locations; this one keeps the location of every value and every property name, so that each
 * problem can name its line and column.
 */
sealed interface Node permits Node.Obj, Node.Arr, Node.Val {

    /** Returns where the value starts. */
    Loc loc();

    /** Returns the kind of value in words, for messages: "an object", "a number" … */
    String kind();

    /** A property of an object: its name, the location of the name, and its value. */
    record Member(String name, Loc loc, Node value) {
    }

    /** An object, members in the order written (repeated names kept). */
    record Obj(Loc loc, List<Member> members) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    /** An array. */
    record Arr(Loc loc, List<Node> items) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A scalar: its token and its text exactly as written (numbers are not converted). */
    record Val(Loc loc, JsonToken token, String text) implements Node {

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }

        @Override
        public String kind() {
            switch (token) {
                case VALUE_STRING:
                    return "a string";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "a number";
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "a boolean";
                case VALUE_NULL:
                    return "null";
                default:
                    return "a value";
            }
        }
    }
}
