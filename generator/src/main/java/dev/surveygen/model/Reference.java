package dev.surveygen.model;

import java.util.Optional;

/** A cited source: a guideline's title, the section cited, the quoted passage and a URL. */
public record Reference(Text title, Optional<Text> section, Optional<Text> quote, Optional<String> url) {}
