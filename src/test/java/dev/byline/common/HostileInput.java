package dev.byline.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates hostile request parts from a seeded {@link Random}, so every case can be made
 * again from its seed: JSON text written by hand (so it may hold what no JSON library writes:
 * lone surrogates, NULs, numbers past every limit, invalid UTF-8), shaped after an OpenAPI
 * request schema or deliberately not.
 */
final class HostileInput {

    private static final String[] NUMBERS = {
        "0", "-0", "1", "-1", "1.5", "-1.5", "0.0000001", "1e308", "-1e308", "1e309", "-1e309", "1E-400",
        "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890", "1" + "0".repeat(400), "4.9e-324"};

    private static final String[] STRINGS = {
        "", " ", "   \\t\\n  ", "\\u0000", "a\\u0000b", "\\ud800", "\\udfff", "\\udfff\\ud800", "x\\ud83d",
        "\\ud83d\\udca9", "e\\u0301\\u0301\\u0301", "\\u202eevil\\u202c", "\\u200b", "\\ufeff", "\\uffff", "\\u0085",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "' OR 1=1 --",
        "\\\"; DROP TABLE users; --", "../../etc/passwd", "%s%n%x", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}",
        "1969-12-31T23:59:59Z", "-1", "2026-13-45T99:99:99Z", "0000-00-00T00:00:00Z", "+292278994-08-17T07:12:55Z",
        "not a date", "00000000-0000-0000-0000-000000000000", "0190f5b2-7c1e-7a3b-9c1d-2f4e5a6b7c8d", "a--b", "-", "--",
        "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd", "http://[::1]/", "ftp://example.org/",
        "mailto:a@b", "a@b", "@", "@example.com", "published", "PUBLISHED", "draft ", "admin", "owner", "root",
        "true", "null", "NaN", "Infinity", "\\/\\/", "\\\\", "\\u00e9\\u00e8\\u4e2d\\u6587\\u0627\\u0644",
        "\\u0000\\u0001\\u0002\\u001f\\u007f"};

    private static final String[] MALFORMED = {
        "{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "[1,2,]", "{\"a\":1} trailing",
        "{\"a\":1}{\"b\":2}", "{} {}", "/* comment */ {}", "// comment\n{}", "{\"a\":NaN}", "{\"a\":Infinity}",
        "{\"a\":-Infinity}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":0x10}", "{\"a\":1e}",
        "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"unterminated}", "{\"a\":tru}", "{\"a\":nul}",
        "{a:1}", "{\"a\"::1}", "{,}", "[,]", "nul", "\"", "\\", "{\"a\":\"\t\"}", "{\"a\":\"line\nbreak\"}",
        "\u0000", "{\"a\":1}\u0000", ""};

    private final Random random;

    HostileInput(Random random) {
        this.random = random;
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A path segment where an id belongs: real when {@code real} is given and chosen, else wrong in some way. */
    String id(String real) {
        if (real != null && chance(50)) {
            return real;
        }
        UUID any = new UUID(random.nextLong(), random.nextLong());
        String[] bad = {
            any.toString(), "not-a-uuid", "1", "-1", "0", "99999999999999999999999", "null",
            "%00", "%2e%2e%2f%2e%2e", "..", "%20", "a%2Fb", "%F0%9F%92%A9", "%C3%A9", "%FF%FE",
            "00000000-0000-0000-0000-000000000000", "{id}".replace("{", "%7B").replace("}", "%7D"),
            "x".repeat(300), any.toString().toUpperCase(), any + "x",
            any.toString().replace("-", ""), "%3Cscript%3E", "'%20OR%201=1"};
        return pick(bad);
    }

    /** A JSON body for a request whose schema is {@code schema} (resolved), as bytes. */
    byte[] body(JsonNode schema, Map<String, JsonNode> components) {
        int kind = random.nextInt(100);
        if (kind < 45) {
            return utf8(object(schema, components, true));
        }
        if (kind < 60) {
            return utf8(object(schema, components, false));
        }
        if (kind < 75) {
            return utf8(pick(MALFORMED));
        }
        if (kind < 82) {
            return invalidUtf8(schema);
        }
        if (kind < 88) {
            return utf8(value(null, components, 0));
        }
        if (kind < 93) {
            return utf8(deep());
        }
        if (kind < 97) {
            return utf8(huge(schema));
        }
        return new byte[0];
    }

    /** Bytes of no particular format, for endpoints that take files. */
    byte[] file() {
        int kind = random.nextInt(5);
        return switch (kind) {
            case 0 -> new byte[0];
            case 1 -> {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 2 -> utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
            case 3 -> utf8("--boundary\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + "x".repeat(100));
            default -> {
                // the first bytes of a PNG and then nonsense
                byte[] bytes = new byte[64];
                random.nextBytes(bytes);
                byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
                System.arraycopy(magic, 0, bytes, 0, magic.length);
                yield bytes;
            }
        };
    }

    /**
     * An object with the schema's properties: with {@code hostile}, every value is drawn from
     * the hostile pool (wrong types, limits, odd unicode); without, most values are plausible
     * and one is hostile, so the request gets past the first field check.
     */
    private String object(JsonNode schema, Map<String, JsonNode> components, boolean hostile) {
        JsonNode properties = schema == null ? null : schema.path("properties");
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        StringBuilder json = new StringBuilder("{");
        String spoiled = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
        boolean first = true;
        for (String name : names) {
            if (!hostile && !name.equals(spoiled) && chance(30)) {
                continue;
            }
            if (!first) {
                json.append(',');
            }
            first = false;
            JsonNode property = resolve(properties.get(name), components);
            json.append(quote(name)).append(':');
            json.append(hostile || name.equals(spoiled) ? value(property, components, 0) : plausible(property));
        }
        if (names.isEmpty() || chance(15)) {
            if (!first) {
                json.append(',');
            }
            json.append(quote(pick(new String[] {"unknownField", "__proto__", "constructor", "", "id", "version",
                    "createdAt", "role", "status"}))).append(':').append(value(null, components, 0));
        }
        return json.append('}').toString();
    }

    /** A value of the type the schema asks for, nothing odd about it. */
    private String plausible(JsonNode schema) {
        String type = schema == null ? "string" : schema.path("type").asText("string");
        return switch (type) {
            case "boolean" -> "true";
            case "integer", "number" -> "1";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> {
                JsonNode choices = schema == null ? null : schema.get("enum");
                yield choices != null && choices.size() > 0 ? quote(choices.get(0).asText()) : quote("Plausible text");
            }
        };
    }

    /** Any hostile value, sometimes shaped after the property's schema (an array of it, an object of it). */
    String value(JsonNode schema, Map<String, JsonNode> components, int depth) {
        int kind = random.nextInt(100);
        if (kind < 8) {
            return "null";
        }
        if (kind < 14) {
            return random.nextBoolean() ? "true" : "false";
        }
        if (kind < 32) {
            return pick(NUMBERS);
        }
        if (kind < 68) {
            return '"' + pick(STRINGS) + '"';
        }
        if (kind < 74) {
            return '"' + "x".repeat(1 + random.nextInt(70_000)) + '"';
        }
        if (kind < 78) {
            return '"' + "\\ud83d\\udca9".repeat(1 + random.nextInt(5_000)) + '"';
        }
        if (depth > 2) {
            return "[]";
        }
        if (kind < 88) {
            int n = random.nextInt(4);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(value(schema == null ? null : resolve(schema.get("items"), components), components, depth + 1));
            }
            if (chance(10)) {
                for (int i = 0; i < 2_000; i++) {
                    items.add(quote("tag-" + i));
                }
            }
            return "[" + String.join(",", items) + "]";
        }
        if (schema != null && schema.has("properties")) {
            return object(schema, components, true);
        }
        return "{" + quote(pick(STRINGS)) + ":" + value(null, components, depth + 1) + "}";
    }

    /** Nested far past any sane depth. */
    private String deep() {
        int depth = 500 + random.nextInt(20_000);
        if (random.nextBoolean()) {
            return "[".repeat(depth) + "]".repeat(depth);
        }
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** Over the 1 MiB JSON limit, or just under it with one huge value. */
    private String huge(JsonNode schema) {
        String field = "title";
        if (schema != null && schema.path("properties").size() > 0) {
            Iterator<String> names = schema.path("properties").fieldNames();
            field = names.next();
        }
        int length = random.nextBoolean() ? 1_100_000 : 1_000_000;
        return "{" + quote(field) + ":\"" + "y".repeat(length) + "\"}";
    }

    /** A plausible object with bytes that are not UTF-8 inside a string value. */
    private byte[] invalidUtf8(JsonNode schema) {
        String field = "name";
        if (schema != null && schema.path("properties").size() > 0) {
            List<String> names = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            field = names.get(random.nextInt(names.size()));
        }
        byte[][] bad = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {0x00}, {(byte) 0x80}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{" + quote(field) + ":\"ab"));
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.writeBytes(utf8("cd\"}"));
        return out.toByteArray();
    }

    static JsonNode resolve(JsonNode schema, Map<String, JsonNode> components) {
        if (schema == null) {
            return null;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return components.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return resolve(schema.get("allOf").get(0), components);
        }
        return schema;
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
