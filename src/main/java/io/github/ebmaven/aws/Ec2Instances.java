package io.github.ebmaven.aws;

import static io.github.ebmaven.aws.EbCalls.call;

import io.github.ebmaven.report.EbException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;

/** EC2's view of the environment's instances: their state and addresses. */
public final class Ec2Instances {

  /**
   * @param state {@code pending}, {@code running}, {@code shutting-down}, ...
   * @param publicIp the public IPv4 address, or null for a private instance
   * @param privateIp the private IPv4 address, or null once terminated
   */
  public record Ec2Instance(String id, String state, String publicIp, String privateIp, String keyName) {}

  private final Ec2Client client;

  public Ec2Instances(Ec2Client client) {
    this.client = client;
  }

  /** The instances with these ids, in EC2's order. */
  public List<Ec2Instance> describe(List<String> ids) throws EbException {
    List<Ec2Instance> instances = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      DescribeInstancesResponse response =
          call("EC2", "DescribeInstances", () -> client.describeInstances(b -> b.instanceIds(ids).nextToken(page)));
      for (Reservation reservation : response.reservations()) {
        for (Instance i : reservation.instances()) {
          instances.add(new Ec2Instance(
              i.instanceId(), i.state() == null ? null : i.state().nameAsString(), blankToNull(i.publicIpAddress()),
              blankToNull(i.privateIpAddress()), blankToNull(i.keyName())));
        }
      }
      token = response.nextToken();
    } while (token != null && !token.isEmpty());
    return instances;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
