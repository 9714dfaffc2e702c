locals {
  template = file(var.definition_file)

  # Every ${name} the ASL uses; the function ones decide which Lambda aliases the role may invoke.
  used_placeholders = distinct(flatten(regexall("\\$\\{([a-z][a-z0-9_]*)\\}", local.template)))
  invoked_function_arns = sort([
    for placeholder in local.used_placeholders : var.placeholders[placeholder]
    if endswith(placeholder, "_function_arn") && contains(keys(var.placeholders), placeholder)
  ])

  definition = templatefile(var.definition_file, var.placeholders)

  uses_put_events      = strcontains(local.template, "arn:aws:states:::events:putEvents")
  uses_sns_publish     = strcontains(local.template, "arn:aws:states:::sns:publish")
  uses_start_execution = strcontains(local.template, "arn:aws:states:::states:startExecution")
}

data "aws_region" "current" {}
data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/aws/vendedlogs/states/${var.name}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["states.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = "${var.name}-sfn"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "this" {
  dynamic "statement" {
    for_each = length(local.invoked_function_arns) > 0 ? [1] : []

    content {
      sid       = "InvokeTheFunctionsTheDefinitionNames"
      actions   = ["lambda:InvokeFunction"]
      resources = local.invoked_function_arns
    }
  }

  dynamic "statement" {
    for_each = local.uses_put_events && length(var.event_bus_arns) > 0 ? [1] : []

    content {
      sid       = "PutEvents"
      actions   = ["events:PutEvents"]
      resources = var.event_bus_arns
    }
  }

  dynamic "statement" {
    for_each = local.uses_sns_publish && length(var.sns_topic_arns) > 0 ? [1] : []

    content {
      sid       = "Publish"
      actions   = ["sns:Publish"]
      resources = var.sns_topic_arns
    }
  }

  dynamic "statement" {
    for_each = (local.uses_sns_publish && length(var.sns_topic_arns) > 0) || (local.uses_put_events && length(var.event_bus_arns) > 0) ? [1] : []

    content {
      sid       = "EncryptForTopicsAndBuses"
      actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
      resources = [var.kms_key_arn]
    }
  }

  dynamic "statement" {
    for_each = local.uses_start_execution && length(var.state_machine_arns) > 0 ? [1] : []

    content {
      sid       = "StartChildExecutions"
      actions   = ["states:StartExecution"]
      resources = var.state_machine_arns
    }
  }

  dynamic "statement" {
    for_each = local.uses_start_execution && length(var.state_machine_arns) > 0 ? [1] : []

    content {
      sid     = "FollowChildExecutions"
      actions = ["states:DescribeExecution", "states:StopExecution"]
      resources = [
        for arn in var.state_machine_arns : "${replace(arn, ":stateMachine:", ":execution:")}:*"
      ]
    }
  }

  dynamic "statement" {
    for_each = local.uses_start_execution && length(var.state_machine_arns) > 0 ? [1] : []

    content {
      sid       = "ManagedRuleForSyncChildExecutions"
      actions   = ["events:PutTargets", "events:PutRule", "events:DescribeRule"]
      resources = ["arn:${data.aws_partition.current.partition}:events:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"]
    }
  }

  # AWS requires "*" for vended log delivery (CloudWatch Logs log deliveries have no resource-level permissions).
  statement {
    sid = "ExecutionLogDelivery"
    actions = [
      "logs:CreateLogDelivery",
      "logs:GetLogDelivery",
      "logs:UpdateLogDelivery",
      "logs:DeleteLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "logs:DescribeResourcePolicies",
      "logs:DescribeLogGroups",
    ]
    resources = ["*"]
  }

  # AWS requires "*": X-Ray actions have no resource-level permissions.
  statement {
    sid       = "Tracing"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "this" {
  name   = "derived-from-definition"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.this.json
}

resource "aws_sfn_state_machine" "this" {
  name       = var.name
  role_arn   = aws_iam_role.this.arn
  type       = "STANDARD"
  definition = local.definition
  publish    = true

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.this.arn}:*"
    include_execution_data = var.include_execution_data
    level                  = var.log_level
  }

  tracing_configuration {
    enabled = true
  }

  tags = var.tags

  depends_on = [aws_iam_role_policy.this]
}
