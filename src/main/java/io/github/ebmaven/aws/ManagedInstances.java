package io.github.ebmaven.aws;

import static io.github.ebmaven.aws.EbCalls.call;

import io.github.ebmaven.report.EbException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InstanceInformationStringFilter;

/** Systems Manager's view of instances: which ones its agent has registered, so Session Manager can reach them. */
public final class ManagedInstances {

  /** The ping status of a managed instance that Session Manager can open a session to. */
  public static final String ONLINE = "Online";

  private final SsmClient client;

  public ManagedInstances(SsmClient client) {
    this.client = client;
  }

  /**
   * The ping status ({@code Online}, {@code ConnectionLost}, {@code Inactive}) of each of these
   * instances that Systems Manager manages; instances it does not know are absent.
   */
  public Map<String, String> pingStatus(List<String> ids) throws EbException {
    Map<String, String> status = new TreeMap<>();
    InstanceInformationStringFilter filter = InstanceInformationStringFilter.builder().key("InstanceIds").values(ids).build();
    String token = null;
    do {
      String page = token;
      DescribeInstanceInformationResponse response =
          call("Systems Manager", "DescribeInstanceInformation", () -> client.describeInstanceInformation(b -> b.filters(filter).nextToken(page)));
      for (InstanceInformation info : response.instanceInformationList()) {
        status.put(info.instanceId(), info.pingStatusAsString());
      }
      token = response.nextToken();
    } while (token != null && !token.isEmpty());
    return status;
  }
}
