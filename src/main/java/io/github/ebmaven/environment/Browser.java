package io.github.ebmaven.environment;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;

/** Where {@code eb:open} shows the URL, if anywhere. */
public interface Browser {

  /** Why no browser will be opened, or null when one can be. */
  String unavailableBecause();

  void open(URI uri) throws IOException;

  /**
   * The desktop's browser, used only when {@code interactive} (Maven interactive with a console)
   * and the JVM runs on a desktop that supports browsing (not headless).
   */
  static Browser desktop(boolean interactive) {
    return new Browser() {
      @Override
      public String unavailableBecause() {
        if (!interactive) {
          return "not an interactive session";
        }
        try {
          if (GraphicsEnvironment.isHeadless()) {
            return "no graphical desktop (headless)";
          }
          if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return "the desktop cannot open a browser";
          }
          return null;
        } catch (RuntimeException | LinkageError e) {
          return "the desktop cannot open a browser (" + e.getMessage() + ")";
        }
      }

      @Override
      public void open(URI uri) throws IOException {
        try {
          Desktop.getDesktop().browse(uri);
        } catch (RuntimeException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
    };
  }
}
