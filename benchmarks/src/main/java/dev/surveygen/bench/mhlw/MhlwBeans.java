package dev.surveygen.bench.mhlw;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The bean of a JSON-shaped response, as Jackson binds it. */
public final class MhlwBeans {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MhlwBeans() {}

    public static MhlwBean of(Map<String, ?> json) {
        return MAPPER.convertValue(json, MhlwBean.class);
    }
}
