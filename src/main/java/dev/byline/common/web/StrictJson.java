package dev.byline.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import dev.byline.common.error.InvalidTextException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads JSON as strictly as API.md §1 says, each a 400 naming the field rather than a silent
 * conversion: content after the value; a number where a string or an instant belongs;
 * "true", "" or " " where a boolean, a number or an id belongs; strings PostgreSQL would not
 * keep as sent (an unpaired surrogate is stored as '?', a NUL is refused).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so these deserializers win over the Java time module's (the last registered wins). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // "" and "  " are not an absent value: they fail wherever a non-text value belongs.
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer, LogicalType.Float,
                LogicalType.DateTime, LogicalType.OtherScalar, LogicalType.Enum, LogicalType.POJO,
                LogicalType.Collection, LogicalType.Map, LogicalType.Array}) {
            mapper.coercionConfigFor(type)
                    .setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        SimpleModule strict = new SimpleModule("byline-strict-json");
        strict.addDeserializer(String.class, new StoredText());
        strict.addKeyDeserializer(String.class, new StoredKey());
        strict.addDeserializer(Instant.class, new TextualInstant());
        mapper.registerModule(strict);
    }

    /** Why PostgreSQL could not keep this text as sent, or null when it can. */
    static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + ")";
            }
        }
        return null;
    }

    /** The text as read, or a 400 naming the field when PostgreSQL could not keep it as sent. */
    private static String storable(String text, JsonParser parser, String what) throws InvalidTextException {
        String problem = text == null ? null : unstorable(text);
        if (problem != null) {
            throw new InvalidTextException(parser, what + problem);
        }
        return text;
    }

    /** Jackson's own string reading, then the check. */
    static final class StoredText extends StdDeserializer<String> {
        StoredText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return storable(StringDeserializer.instance.deserialize(parser, context), parser, "");
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Map keys (e.g. an author's link names) are stored too. */
    static final class StoredKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return storable(key, context.getParser(), "key ");
        }
    }

    /** An instant is an ISO-8601 string; a number (epoch seconds? millis?) is refused. */
    static final class TextualInstant extends StdDeserializer<Instant> {
        TextualInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
