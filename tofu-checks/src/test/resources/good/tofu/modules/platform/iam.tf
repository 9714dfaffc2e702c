data "aws_iam_policy_document" "this" {
  statement {
    sid       = "Tracing"
    actions   = ["xray:PutTraceSegments"]
    resources = ["*"]
  }

  statement {
    sid       = "KeyPolicyAccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
