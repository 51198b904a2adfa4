package io.github.ebmaven.aws;

/** One EB option setting, as the API takes it. */
public record Setting(String namespace, String optionName, String value, String resourceName) {}
