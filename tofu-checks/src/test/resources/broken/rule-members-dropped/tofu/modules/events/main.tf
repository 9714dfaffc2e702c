# The shape tofu/modules/events had before the rules check read members: state, schedule_expression, input and
# input_path dropped, input_paths_map read under the wrong name, the retry policy fixed whatever the file says.
locals {
  targets = merge([
    for rule_key, rule in var.rules : {
      for target in rule.targets : "${rule_key}/${target.id}" => merge(target, { rule_key = rule_key })
    }
  ]...)
}

resource "aws_cloudwatch_event_rule" "this" {
  for_each = var.rules

  name           = "${var.name}-${each.value.name}"
  description    = try(each.value.description, null)
  event_bus_name = try(each.value.event_bus, "") == "default" ? "default" : var.name
  event_pattern  = jsonencode(each.value.event_pattern)
}

resource "aws_cloudwatch_event_target" "this" {
  for_each = local.targets

  rule      = aws_cloudwatch_event_rule.this[each.value.rule_key].name
  target_id = each.value.id
  arn       = each.value.arn

  dynamic "input_transformer" {
    for_each = try(each.value.input_transformer, null) == null ? [] : [each.value.input_transformer]

    content {
      input_paths    = try(input_transformer.value.input_paths, null)
      input_template = input_transformer.value.input_template
    }
  }

  retry_policy {
    maximum_event_age_in_seconds = 86400
    maximum_retry_attempts       = 185
  }

  dead_letter_config {
    arn = "arn:aws:sqs:us-east-1:123456789012:fixture-dlq"
  }
}
