package io.github.ebmaven.localaws;

import java.time.Instant;
import java.util.Map;

/**
 * Writes one EC2 Query response: {@code <ActionResponse xmlns=...><requestId>} and the elements
 * named as EC2's model names them ({@code instancesSet}, {@code item}, {@code dnsName}, ...).
 */
final class Ec2Xml {
  private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private final String action;

  Ec2Xml(String action, String requestId) {
    this.action = action;
    sb.append('<').append(action).append("Response xmlns=\"").append(Ec2Api.NAMESPACE).append("\">");
    leaf("requestId", requestId);
  }

  Ec2Xml open(String name) {
    sb.append('<').append(name).append('>');
    return this;
  }

  Ec2Xml close(String name) {
    sb.append("</").append(name).append('>');
    return this;
  }

  /** An element with text; left out when the value is null. */
  Ec2Xml leaf(String name, Object value) {
    if (value != null) {
      open(name);
      sb.append(value instanceof Instant instant ? Xml.timestamp(instant) : Xml.escape(value.toString()));
      close(name);
    }
    return this;
  }

  /** An element without content, as EC2 sends empty sets and absent names ({@code <dnsName/>}). */
  Ec2Xml empty(String name) {
    sb.append('<').append(name).append("/>");
    return this;
  }

  /** A text element that EC2 sends empty rather than leaving out when there is no value. */
  Ec2Xml text(String name, String value) {
    return value == null ? empty(name) : leaf(name, value);
  }

  void nextToken(String token) {
    leaf("nextToken", token);
  }

  /** One {@code instancesSet} item, with EC2's element names for each {@code Instance} member. */
  void instance(InstanceFacts.Instance i) {
    open("item").leaf("instanceId", i.id()).leaf("imageId", i.imageId())
        .open("instanceState").leaf("code", i.stateCode()).leaf("name", i.state()).close("instanceState")
        .text("privateDnsName", i.privateDns()).text("dnsName", i.publicDns())
        .text("reason", "terminated".equals(i.state()) ? "User initiated" : null)
        .leaf("keyName", i.keyName()).leaf("amiLaunchIndex", 0).empty("productCodes")
        .leaf("instanceType", i.instanceType()).leaf("launchTime", i.launchTime())
        .open("placement").leaf("availabilityZone", i.availabilityZone()).empty("groupName")
        .leaf("tenancy", "default").close("placement")
        .open("monitoring").leaf("state", "disabled").close("monitoring");
    if (!"terminated".equals(i.state())) {
      leaf("subnetId", i.subnetId()).leaf("vpcId", i.vpcId());
    }
    leaf("privateIpAddress", i.privateIp()).leaf("ipAddress", i.publicIp()).leaf("sourceDestCheck", true);
    groups(i.securityGroups());
    leaf("architecture", "x86_64").leaf("rootDeviceType", "ebs").leaf("rootDeviceName", "/dev/xvda")
        .empty("blockDeviceMapping").leaf("virtualizationType", "hvm").empty("clientToken");
    open("tagSet");
    i.tags().forEach((k, v) -> open("item").leaf("key", k).leaf("value", v).close("item"));
    close("tagSet").leaf("hypervisor", "xen");
    networkInterfaces(i);
    if (i.instanceProfileArn() != null) {
      open("iamInstanceProfile").leaf("arn", i.instanceProfileArn()).leaf("id", i.instanceProfileId())
          .close("iamInstanceProfile");
    }
    leaf("ebsOptimized", false).leaf("enaSupport", true).leaf("platformDetails", "Linux/UNIX")
        .open("metadataOptions").leaf("state", "applied").leaf("httpTokens", "required")
        .leaf("httpPutResponseHopLimit", 2).leaf("httpEndpoint", "enabled").close("metadataOptions")
        .close("item");
  }

  private void groups(Map<String, String> groups) {
    open("groupSet");
    groups.forEach((id, name) -> open("item").leaf("groupId", id).leaf("groupName", name).close("item"));
    close("groupSet");
  }

  private void networkInterfaces(InstanceFacts.Instance i) {
    open("networkInterfaceSet");
    if (i.privateIp() != null) {
      open("item").leaf("networkInterfaceId", "eni-0" + InstanceFacts.hex(i.id() + "eni", 16))
          .leaf("subnetId", i.subnetId()).leaf("vpcId", i.vpcId()).empty("description")
          .leaf("ownerId", i.accountId())
          .leaf("status", "in-use").leaf("privateIpAddress", i.privateIp()).leaf("privateDnsName", i.privateDns())
          .leaf("sourceDestCheck", true);
      groups(i.securityGroups());
      if (i.publicIp() != null) {
        open("association").leaf("publicIp", i.publicIp()).leaf("publicDnsName", i.publicDns())
            .leaf("ipOwnerId", "amazon").close("association");
      }
      leaf("interfaceType", "interface").close("item");
    }
    close("networkInterfaceSet");
  }

  String finish() {
    sb.append("</").append(action).append("Response>\n");
    return sb.toString();
  }
}
