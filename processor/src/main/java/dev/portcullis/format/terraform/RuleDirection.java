package dev.portcullis.format.terraform;

/** Which list of a security group a rule goes to. */
enum RuleDirection {
  INGRESS("ingress", "from", "aws_vpc_security_group_ingress_rule"),
  EGRESS("egress", "to", "aws_vpc_security_group_egress_rule");

  private final String word;
  private final String preposition;
  private final String resourceType;

  RuleDirection(String word, String preposition, String resourceType) {
    this.word = word;
    this.preposition = preposition;
    this.resourceType = resourceType;
  }

  /** {@code ingress} or {@code egress}, as locals and outputs name it. */
  String word() {
    return word;
  }

  /** {@code from} or {@code to}, as rule keys say it. */
  String preposition() {
    return preposition;
  }

  String resourceType() {
    return resourceType;
  }
}
