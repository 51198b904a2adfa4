package io.github.ebmaven.localaws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A service the front server hands whole requests to, ahead of the EB emulator and S3: it reads
 * the body itself and writes the complete response, so it may also hold a connection open.
 */
interface LocalService {
  /** Whether this service answers the request (decided from the head alone). */
  boolean claims(RequestHead head);

  /**
   * Reads the rest of the request and writes the response.
   *
   * @return whether the connection stays open for another request
   */
  boolean serve(RequestHead head, InputStream in, OutputStream out) throws IOException;
}
