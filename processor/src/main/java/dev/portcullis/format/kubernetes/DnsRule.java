package dev.portcullis.format.kubernetes;

import dev.portcullis.model.Transport;
import java.util.List;

/** The egress rule every egress-isolated pod needs: DNS (UDP and TCP 53) to kube-dns. */
final class DnsRule {
  static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";
  static final String NAMESPACE = "kube-system";
  static final String DNS_LABEL = "k8s-app";
  static final String DNS_VALUE = "kube-dns";

  private DnsRule() {}

  static PolicyRule rule() {
    return new PolicyRule(
        List.of("DNS: name resolution through kube-dns (CoreDNS) in kube-system, UDP and TCP 53"),
        List.of(PolicyPeer.podsInNamespaces(List.of(new Label(NAMESPACE_LABEL, NAMESPACE)),
            List.of(new Label(DNS_LABEL, DNS_VALUE)))),
        List.of(new PolicyPort(Transport.UDP, 53, 53), new PolicyPort(Transport.TCP, 53, 53)));
  }
}
