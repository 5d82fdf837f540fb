package org.techbridge.platform.problem;

import jakarta.inject.Singleton;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Stricter JSON reading: enums by name only (a number is not silently taken for the n-th
 * constant), and no text with control characters other than tab and line breaks, which
 * PostgreSQL cannot store (NUL) and no client means to send.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("techbridge-strict-text").addDeserializer(String.class,
                new StdScalarDeserializer<String>(String.class) {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String value = StringDeserializer.instance.deserialize(parser, context);
                        if (value != null && ControlCharacters.present(value)) {
                            throw InvalidFormatException.from(parser, "must not contain control characters",
                                    value, String.class);
                        }
                        return value;
                    }
                }));
    }
}
