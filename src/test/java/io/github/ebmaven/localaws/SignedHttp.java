package io.github.ebmaven.localaws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests to the endpoint's EC2 and SSM APIs built by hand as the SDK's clients send them
 * (form-encoded EC2 Query, JSON 1.1 with {@code X-Amz-Target}) and signed by the SDK's own SigV4
 * signer, plus readers for the answers: XPath over EC2's XML, as its unmarshaller reads it.
 */
final class SignedHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** An HTTP answer. */
  record Reply(int status, HttpResponse<String> response) {
    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  private SignedHttp() {}

  /** An EC2 Query request: {@code Action=...&Version=2016-11-15&} plus {@code form}. */
  static Reply ec2(LocalAws aws, String action, String form) {
    return ec2(aws, aws.secretKey(), action, form);
  }

  static Reply ec2(LocalAws aws, String secret, String action, String form) {
    String body = "Action=" + action + "&Version=2016-11-15" + (form.isEmpty() ? "" : "&" + form);
    return send(aws, secret, "ec2", Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), body);
  }

  /** A Systems Manager JSON 1.1 request. */
  static Reply ssm(LocalAws aws, String action, String json) {
    return ssm(aws, aws.accessKey(), aws.secretKey(), action, json);
  }

  static Reply ssm(LocalAws aws, String accessKey, String secret, String action, String json) {
    return send(aws, accessKey, secret, "ssm", Map.of("Content-Type", "application/x-amz-json-1.1",
        "X-Amz-Target", "AmazonSSM." + action), json);
  }

  private static Reply send(LocalAws aws, String secret, String service, Map<String, String> headers, String body) {
    return send(aws, aws.accessKey(), secret, service, headers, body);
  }

  private static Reply send(LocalAws aws, String accessKey, String secret, String service, Map<String, String> headers,
      String body) {
    SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(aws.endpoint())
        .encodedPath("/");
    headers.forEach(request::putHeader);
    SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(AwsCredentialsIdentity.create(accessKey, secret))
        .request(request.build())
        .payload(ContentStreamProvider.fromUtf8String(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, aws.region()));
    HttpRequest.Builder http = HttpRequest.newBuilder(aws.endpoint().resolve("/"))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    signed.request().headers().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
        values.forEach(v -> http.header(name, v));
      }
    });
    try {
      HttpResponse<String> response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Parses XML without namespaces, so XPath can name elements as EC2's model does. */
  static Document xml(String xml) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not XML: " + xml, e);
    }
  }

  /** The text of each node an XPath selects. */
  static List<String> texts(Document doc, String xpath) {
    try {
      NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add(nodes.item(i).getTextContent());
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError(xpath, e);
    }
  }

  /** The text of the one node an XPath selects; fails when there is not exactly one. */
  static String text(Document doc, String xpath) {
    List<String> all = texts(doc, xpath);
    if (all.size() != 1) {
      throw new AssertionError(xpath + " selects " + all.size() + " nodes: " + all);
    }
    return all.get(0);
  }
}
