data "aws_caller_identity" "current" {}

resource "aws_secretsmanager_secret" "this" {
  for_each = var.integrations

  name                    = "${var.name}/${each.key}"
  description             = "Credentials of the ${each.key} integration (JSON); put with aws secretsmanager put-secret-value"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
  tags                    = merge(var.tags, { Integration = each.key })
}

# Only the listed readers may read; operators can still put new values (rotation) and describe the secret.
data "aws_iam_policy_document" "this" {
  for_each = var.integrations

  statement {
    sid       = "OnlyTheListedReaders"
    effect    = "Deny"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.this[each.key].arn]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "StringNotEquals"
      variable = "aws:PrincipalArn"
      values   = concat(lookup(var.readers, each.key, []), ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"])
    }
  }
}

resource "aws_secretsmanager_secret_policy" "this" {
  for_each = var.integrations

  secret_arn = aws_secretsmanager_secret.this[each.key].arn
  policy     = data.aws_iam_policy_document.this[each.key].json
}
