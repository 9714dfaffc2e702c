data "aws_iam_policy_document" "too_broad" {
  statement {
    sid       = "ReadEveryBucket"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }

  statement {
    sid       = "EverythingInSqs"
    actions   = ["sqs:*"]
    resources = ["arn:aws:sqs:us-east-1:123456789012:queue"]
  }
}
