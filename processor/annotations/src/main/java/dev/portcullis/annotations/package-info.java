/**
 * The annotations of a Portcullis product definition.
 *
 * <p>A product definition is one class that carries {@link dev.portcullis.annotations.Product}
 * plus the components, zones, features, flows and host prerequisites the vendor documents. At
 * {@code javac} time the Portcullis processor turns it into an Ansible role, a Terraform module,
 * Kubernetes NetworkPolicies, a Java descriptor and a Markdown page.
 *
 * <pre>{@code
 * @Product(id = "storageos", title = "StorageOS", docs = "https://docs.storageos.com/...")
 * @Component(id = "node", description = "A StorageOS cluster node")
 * @AllowOutgoing(reason = "Nodes dial out from random ports to other nodes")
 * public final class StorageOs {
 *   @Flow(id = "rest_api", service = "REST API", component = "node", peerComponent = "node")
 *   public static final int REST_API = 5705;
 * }
 * }</pre>
 */
package dev.portcullis.annotations;
