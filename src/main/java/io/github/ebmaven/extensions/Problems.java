package io.github.ebmaven.extensions;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the checks find. Errors are kept apart from warnings so the validation mode can
 * decide, once, whether they fail the build.
 */
final class Problems {

  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  void error(String message) {
    errors.add(message);
  }

  void warn(String message) {
    warnings.add(message);
  }

  List<String> errors() {
    return errors;
  }

  List<String> warnings() {
    return warnings;
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }
}
