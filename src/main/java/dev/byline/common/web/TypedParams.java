package dev.byline.common.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A query parameter type read by its own converter: a subclass names the type, how to read a
 * value (throwing an {@code ApiException} that names the parameter when it cannot) and how to
 * write one back. Absent parameters never reach the converter. RESTEasy hands the converter's
 * exception to the problem mapper, so a bad value gets the same 400 as any other.
 */
public abstract class TypedParams<V> implements ParamConverterProvider {

    private final Class<V> type;
    private final BiFunction<String, String, V> reader;
    private final Function<V, String> writer;

    /**
     * @param reader the value a parameter names, from its text and the parameter's name (for the 400)
     * @param writer the text of a value
     */
    protected TypedParams(Class<V> type, BiFunction<String, String, V> reader, Function<V, String> writer) {
        this.type = type;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != type) {
            return null;
        }
        String field = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<V>() {
            @Override
            public V fromString(String value) {
                return reader.apply(value, field);
            }

            @Override
            public String toString(V value) {
                return value == null ? null : writer.apply(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
            }
        }
        return "query";
    }
}
