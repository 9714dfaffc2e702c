# The rule files' format is events/README.md's; the local bus reads the same files (RuleJson). Every member is
# passed on below under its EventBridge name, and an absent optional member gets EventBridge's own default, so a
# rule behaves the same in both shapes (tofu-checks' "rules" check holds this module to every member).
locals {
  targets = merge([
    for rule_key, rule in var.rules : {
      for target in try(rule.targets, []) : "${rule_key}/${target.id}" => merge(target, {
        rule_key = rule_key
        kind     = strcontains(target.arn, ":states:") ? "state-machine" : (strcontains(target.arn, ":lambda:") ? "function" : "other")
      })
    }
  ]...)

  # Rules whose targets need a role: state machines (a function is invoked through its resource policy instead).
  rules_with_role = toset([for key, target in local.targets : target.rule_key if target.kind == "state-machine"])
}

data "aws_iam_policy_document" "events_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
  }
}

resource "aws_cloudwatch_event_bus" "this" {
  name = var.name
  tags = var.tags
}

resource "aws_cloudwatch_event_archive" "this" {
  name             = var.name
  event_source_arn = aws_cloudwatch_event_bus.this.arn
  retention_days   = var.archive_retention_days
  description      = "Every event on ${var.name}, for replay"
}

resource "aws_sqs_queue" "dlq" {
  name                      = "${var.name}-events-dlq"
  message_retention_seconds = 1209600
  kms_master_key_id         = var.kms_key_arn
  tags                      = var.tags
}

data "aws_iam_policy_document" "dlq" {
  statement {
    sid       = "RulesDeliverUndeliverableEvents"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dlq.arn]

    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [for rule in aws_cloudwatch_event_rule.this : rule.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "dlq" {
  count = length(var.rules) > 0 ? 1 : 0

  queue_url = aws_sqs_queue.dlq.id
  policy    = data.aws_iam_policy_document.dlq.json
}

resource "aws_cloudwatch_event_rule" "this" {
  for_each = var.rules

  name                = "${var.name}-${each.value.name}"
  description         = try(each.value.description, null)
  event_bus_name      = try(each.value.event_bus, "default") == "default" ? "default" : aws_cloudwatch_event_bus.this.name
  state               = try(each.value.state, "ENABLED")
  event_pattern       = try(jsonencode(each.value.event_pattern), null)
  schedule_expression = try(each.value.schedule_expression, null)
  tags                = var.tags
}

resource "aws_iam_role" "rule" {
  for_each = local.rules_with_role

  name               = "${var.name}-rule-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.events_assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "rule" {
  for_each = local.rules_with_role

  statement {
    sid       = "StartTheRulesStateMachines"
    actions   = ["states:StartExecution"]
    resources = distinct([for key, target in local.targets : target.arn if target.rule_key == each.key && target.kind == "state-machine"])
  }
}

resource "aws_iam_role_policy" "rule" {
  for_each = local.rules_with_role

  name   = "start-targets"
  role   = aws_iam_role.rule[each.key].id
  policy = data.aws_iam_policy_document.rule[each.key].json
}

resource "aws_cloudwatch_event_target" "this" {
  for_each = local.targets

  rule           = aws_cloudwatch_event_rule.this[each.value.rule_key].name
  event_bus_name = aws_cloudwatch_event_rule.this[each.value.rule_key].event_bus_name
  target_id      = each.value.id
  arn            = each.value.arn
  role_arn       = each.value.kind == "state-machine" ? aws_iam_role.rule[each.value.rule_key].arn : null

  # At most one of the three (the variable's validation and the local bus refuse more); none: the whole event.
  input      = try(jsonencode(each.value.input), null)
  input_path = try(each.value.input_path, null)

  dynamic "input_transformer" {
    for_each = try([each.value.input_transformer], [])

    content {
      input_paths    = try(input_transformer.value.input_paths_map, null)
      input_template = input_transformer.value.input_template
    }
  }

  # EventBridge's defaults (185 retries within 24 hours) where the file gives none, as the local bus does.
  retry_policy {
    maximum_retry_attempts       = try(each.value.retry_policy.maximum_retry_attempts, 185)
    maximum_event_age_in_seconds = try(each.value.retry_policy.maximum_event_age_in_seconds, 86400)
  }

  dead_letter_config {
    arn = aws_sqs_queue.dlq.arn
  }
}

resource "aws_lambda_permission" "rule" {
  for_each = { for key, target in local.targets : key => target if target.kind == "function" }

  statement_id  = "EventBridge-${replace(each.key, "/", "-")}"
  action        = "lambda:InvokeFunction"
  function_name = each.value.arn
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.this[each.value.rule_key].arn
}

# Scheduler: a group for the schedules the application creates at run time (reminders, escalations) and for
# the recurring ones given here; schedules deliver through one role scoped to this bus and the given machines.
resource "aws_scheduler_schedule_group" "this" {
  name = var.name
  tags = var.tags
}

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["${replace(aws_scheduler_schedule_group.this.arn, ":schedule-group/", ":schedule/")}/*"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${var.name}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "scheduler" {
  statement {
    sid       = "DeliverToTheBus"
    actions   = ["events:PutEvents"]
    resources = [aws_cloudwatch_event_bus.this.arn]
  }

  # Scheduler sends what it cannot deliver to the dead-letter queue as this role (not as a service principal).
  statement {
    sid       = "DeadLetterUndeliverable"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dlq.arn]
  }

  statement {
    sid       = "EncryptForTheDeadLetterQueue"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms_key_arn]
  }

  dynamic "statement" {
    for_each = length(var.state_machine_arns) > 0 ? [1] : []

    content {
      sid       = "StartStateMachines"
      actions   = ["states:StartExecution"]
      resources = var.state_machine_arns
    }
  }
}

resource "aws_iam_role_policy" "scheduler" {
  name   = "deliver"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.scheduler.json
}

resource "aws_scheduler_schedule" "this" {
  for_each = var.schedules

  name                = each.key
  group_name          = aws_scheduler_schedule_group.this.name
  description         = each.value.description
  schedule_expression = each.value.schedule_expression

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = each.value.target_arn
    role_arn = aws_iam_role.scheduler.arn
    input    = each.value.input

    dead_letter_config {
      arn = aws_sqs_queue.dlq.arn
    }
  }
}
