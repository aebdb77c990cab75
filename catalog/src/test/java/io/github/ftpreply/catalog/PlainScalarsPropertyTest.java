package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** {@link PlainScalars} types every plain scalar as SnakeYAML's {@link Resolver} does. */
class PlainScalarsPropertyTest {
    private static final Resolver RESOLVER = new Resolver();

    @Property(tries = 20_000)
    void agreesWithTheResolver(@ForAll("plainValues") String value) {
        assertEquals(RESOLVER.resolve(NodeId.scalar, value, true).getValue(), PlainScalars.tag(value), value);
    }

    @Example
    void agreesOnEveryFirstCharacterAndTheUsualValues() {
        for (char c = 0; c < 0x180; c++) {
            for (String rest : new String[] {"", "1", "0", ".5", "x", "_1", ":30", "-01-01", "ull", "es", "n"}) {
                String value = c + rest;
                assertEquals(RESOLVER.resolve(NodeId.scalar, value, true).getValue(), PlainScalars.tag(value), value);
            }
        }
        String longDecimal = "1".repeat(1025); // past the int pattern's length limit: text
        for (String value : new String[] {
            "",
            "0",
            "00",
            "007",
            "242",
            "-1",
            "+1",
            "1_000",
            "0b101",
            "0x1F",
            "1:30",
            "1.5",
            "1e3",
            ".inf",
            "-.Inf",
            ".nan",
            "4.2.2",
            "2026-11-29",
            "2026-11-29 01:30:00",
            "<<",
            "=",
            "~",
            "null",
            "NULL",
            "yes",
            "No",
            "on",
            "y",
            "n",
            "RFC 959",
            "200 OK",
            "QUOTA_REPORT",
            longDecimal
        }) {
            assertEquals(RESOLVER.resolve(NodeId.scalar, value, true).getValue(), PlainScalars.tag(value), value);
        }
    }

    /** Values dense in what the int, float, timestamp, bool and null patterns look for. */
    @Provide
    Arbitrary<String> plainValues() {
        Arbitrary<String> pieces = Arbitraries.of(
                "0",
                "1",
                "7",
                "9",
                "12",
                "_",
                "-",
                "+",
                ".",
                ":",
                "b",
                "x",
                "e",
                "E",
                "a",
                "f",
                "F",
                "inf",
                "nan",
                "NaN",
                "Inf",
                "T",
                "t",
                "Z",
                " ",
                "\t",
                "2026-11-29",
                "yes",
                "no",
                "on",
                "off",
                "true",
                "null",
                "~",
                "<<",
                "=",
                "y",
                "n",
                "o",
                "g",
                "é",
                "0x",
                "0b",
                "12:30:00",
                ".5");
        return pieces.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
