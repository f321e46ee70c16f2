package io.socialmaturity.framework;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import io.socialmaturity.framework.definition.LocalizedText;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@link LocalizedText} as its plain language map, {@code {"en": "...", "it": "..."}}. */
@Singleton
class LocalizedTextSerde implements Serde<LocalizedText> {

    @Override
    public void serialize(
            Encoder encoder, EncoderContext context, Argument<? extends LocalizedText> type, LocalizedText value)
            throws IOException {
        Encoder object = encoder.encodeObject(type);
        for (Map.Entry<String, String> e : value.values().entrySet()) {
            object.encodeKey(e.getKey());
            object.encodeString(e.getValue());
        }
        object.finishStructure();
    }

    @Override
    public LocalizedText deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalizedText> type)
            throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Decoder object = decoder.decodeObject(type);
        String key;
        while ((key = object.decodeKey()) != null) {
            values.put(key, object.decodeString());
        }
        object.finishStructure();
        return new LocalizedText(values);
    }
}
