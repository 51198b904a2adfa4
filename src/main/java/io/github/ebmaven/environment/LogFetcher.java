package io.github.ebmaven.environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Downloads the logs behind the pre-signed URL EB hands out: a plain HTTP GET. */
public interface LogFetcher {

  byte[] get(URI url) throws IOException, InterruptedException;

  /** java.net.http, following redirects, failing on any status but 200. */
  static LogFetcher http() {
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    return url -> {
      HttpResponse<byte[]> response =
          client.send(HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      return response.body();
    };
  }
}
