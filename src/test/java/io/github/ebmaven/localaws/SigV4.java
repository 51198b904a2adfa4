package io.github.ebmaven.localaws;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 as the services check it: parses the {@code Authorization} header (or
 * the presigned {@code X-Amz-*} query parameters) and recomputes the signature with the known
 * secret. Written from the published algorithm with JDK HMAC so that it does not share code, or
 * bugs, with the SDK signer it checks.
 */
final class SigV4 {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private SigV4() {}

  /** The parts of a SigV4 credential scope: {@code <key>/<date>/<region>/<service>/aws4_request}. */
  record Credential(String accessKey, String date, String region, String service) {
    String scope() {
      return date + "/" + region + "/" + service + "/aws4_request";
    }

    static Credential parse(String credential) {
      String[] parts = credential.split("/");
      if (parts.length != 5 || !"aws4_request".equals(parts[4])) {
        return null;
      }
      return new Credential(parts[0], parts[1], parts[2], parts[3]);
    }
  }

  /** A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}. */
  record Authorization(Credential credential, List<String> signedHeaders, String signature) {
    static Authorization parse(String header) {
      if (header == null || !header.startsWith(ALGORITHM + " ")) {
        return null;
      }
      Map<String, String> fields = new TreeMap<>();
      for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
      }
      Credential credential = fields.containsKey("Credential") ? Credential.parse(fields.get("Credential")) : null;
      if (credential == null || !fields.containsKey("SignedHeaders") || !fields.containsKey("Signature")) {
        return null;
      }
      return new Authorization(credential, List.of(fields.get("SignedHeaders").split(";")), fields.get("Signature"));
    }
  }

  /** The service a request is signed for, from its Authorization header or presign query; null if unsigned. */
  static String signedService(RequestHead head) {
    Authorization auth = Authorization.parse(head.header("Authorization"));
    if (auth != null) {
      return auth.credential().service();
    }
    String credential = head.queryParameters().get("X-Amz-Credential");
    if (credential != null) {
      Credential parsed = Credential.parse(credential);
      return parsed == null ? null : parsed.service();
    }
    return null;
  }

  /**
   * Checks a header-signed request for {@code service} with the endpoint's one key pair, as the
   * AWS services do.
   *
   * @return the region of the credential scope
   * @throws EbError with the service's error code and message when the request is not signed right
   */
  static String authenticate(RequestHead head, byte[] body, String service, String accessKey, String secretKey) {
    String header = head.header("Authorization");
    if (header == null) {
      throw new EbError("MissingAuthenticationToken", 403, "Request is missing Authentication Token");
    }
    Authorization auth = Authorization.parse(header);
    if (auth == null) {
      throw new EbError("IncompleteSignature", 400, "Authorization header requires 'Credential', 'Signature' and"
          + " 'SignedHeaders' parameters, signed with " + ALGORITHM + ".");
    }
    if (!service.equals(auth.credential().service())) {
      throw new EbError("SignatureDoesNotMatch", 403, "Credential should be scoped to correct service: '" + service
          + "'.");
    }
    if (!accessKey.equals(auth.credential().accessKey())) {
      throw new EbError("InvalidClientTokenId", 403, "The security token included in the request is invalid.");
    }
    if (head.header("X-Amz-Date") == null) {
      throw new EbError("IncompleteSignature", 400, "Authorization header requires existence of either a 'X-Amz-Date' or"
          + " a 'Date' header.");
    }
    String expected = expectedSignature(head, body, auth, secretKey);
    if (!constantTimeEquals(expected, auth.signature())) {
      throw new EbError("SignatureDoesNotMatch", 403, "The request signature we calculated does not match the signature"
          + " you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
          + " for details.");
    }
    return auth.credential().region();
  }

  /**
   * Recomputes the signature of a header-signed request.
   *
   * @return the expected signature in lower-case hex
   */
  static String expectedSignature(RequestHead head, byte[] body, Authorization auth, String secret) {
    String amzDate = head.header("X-Amz-Date");
    String payloadHash = head.header("X-Amz-Content-SHA256");
    if (payloadHash == null) {
      payloadHash = hex(sha256(body));
    }
    String canonical = canonicalRequest(head, auth.signedHeaders(), payloadHash);
    String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + auth.credential().scope() + "\n"
        + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = signingKey(secret, auth.credential());
    return hex(hmac(key, stringToSign));
  }

  static String canonicalRequest(RequestHead head, List<String> signedHeaders, String payloadHash) {
    StringBuilder sb = new StringBuilder();
    sb.append(head.method).append('\n');
    String path = head.path();
    sb.append(path.isEmpty() ? "/" : path).append('\n');
    sb.append(canonicalQuery(head.rawQuery())).append('\n');
    for (String name : signedHeaders) {
      List<String> values = new ArrayList<>();
      for (String value : head.headers(name)) {
        values.add(value.trim().replaceAll("\\s+", " "));
      }
      sb.append(name.toLowerCase(Locale.ROOT)).append(':').append(String.join(",", values)).append('\n');
    }
    sb.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash);
    return sb.toString();
  }

  static String canonicalQuery(String rawQuery) {
    List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = RequestHead.decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : RequestHead.decode(pair.substring(eq + 1));
      pairs.add(new String[] {uriEncode(name), uriEncode(value)});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> encoded = new ArrayList<>();
    for (String[] p : pairs) {
      encoded.add(p[0] + "=" + p[1]);
    }
    return String.join("&", encoded);
  }

  /** RFC 3986 encoding of everything except the unreserved characters, as SigV4 requires. */
  static String uriEncode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  static byte[] signingKey(String secret, Credential credential) {
    byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), credential.date());
    k = hmac(k, credential.region());
    k = hmac(k, credential.service());
    return hmac(k, "aws4_request");
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
