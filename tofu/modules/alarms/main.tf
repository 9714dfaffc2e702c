data "aws_caller_identity" "current" {}

resource "aws_sns_topic" "alerts" {
  name              = "${var.name}-alerts"
  kms_master_key_id = var.kms_key_arn
  tags              = var.tags
}

data "aws_iam_policy_document" "alerts" {
  statement {
    sid       = "CloudWatchAlarmsPublish"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]

    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.alerts.json
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alert_emails)

  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = each.value
}

locals {
  execution_failures = merge([
    for process, arn in var.state_machine_arns : {
      for metric in ["ExecutionsFailed", "ExecutionsTimedOut", "ExecutionsAborted"] : "${process}-${metric}" => {
        arn    = arn
        metric = metric
      }
    }
  ]...)
}

resource "aws_cloudwatch_metric_alarm" "executions" {
  for_each = local.execution_failures

  alarm_name          = "${var.name}-${each.key}"
  alarm_description   = "An execution of ${each.value.arn} ended ${each.value.metric}: see the runbook, redrive failed executions."
  namespace           = "AWS/States"
  metric_name         = each.value.metric
  dimensions          = { StateMachineArn = each.value.arn }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  ok_actions          = [aws_sns_topic.alerts.arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  for_each = var.dead_letter_queue_names

  alarm_name          = "${var.name}-dlq-${each.key}"
  alarm_description   = "Dead-letter queue ${each.value} holds messages: inspect and redrive them."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.value }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "ingress_5xx" {
  for_each = var.function_url_function_names

  alarm_name          = "${var.name}-${each.key}-url-5xx"
  alarm_description   = "The ingress Function URL of ${each.key} answers 5xx: deliveries from channels are failing."
  namespace           = "AWS/Lambda"
  metric_name         = "Url5xxCount"
  dimensions          = { FunctionName = each.key, Resource = "${each.key}:${each.value}" }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.five_xx_threshold
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "dashboard_5xx" {
  alarm_name          = "${var.name}-dashboard-5xx"
  alarm_description   = "The dashboard (App Runner) answers 5xx."
  namespace           = "AWS/AppRunner"
  metric_name         = "5xxStatusResponses"
  dimensions          = { ServiceName = var.app_runner_service.name, ServiceID = var.app_runner_service.id }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.five_xx_threshold
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  tags                = var.tags
}
