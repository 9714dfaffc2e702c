# The rule and target resources of tofu/modules/events, trimmed to what the rules check reads.
locals {
  targets = merge([
    for rule_key, rule in var.rules : {
      for target in try(rule.targets, []) : "${rule_key}/${target.id}" => merge(target, { rule_key = rule_key })
    }
  ]...)
}

resource "aws_cloudwatch_event_rule" "this" {
  for_each = var.rules

  name                = "${var.name}-${each.value.name}"
  description         = try(each.value.description, null)
  event_bus_name      = try(each.value.event_bus, "default") == "default" ? "default" : var.name
  state               = try(each.value.state, "ENABLED")
  event_pattern       = try(jsonencode(each.value.event_pattern), null)
  schedule_expression = try(each.value.schedule_expression, null)
}

resource "aws_cloudwatch_event_target" "this" {
  for_each = local.targets

  rule       = aws_cloudwatch_event_rule.this[each.value.rule_key].name
  target_id  = each.value.id
  arn        = each.value.arn
  input      = try(jsonencode(each.value.input), null)
  input_path = try(each.value.input_path, null)

  dynamic "input_transformer" {
    for_each = try([each.value.input_transformer], [])

    content {
      input_paths    = try(input_transformer.value.input_paths_map, null)
      input_template = input_transformer.value.input_template
    }
  }

  retry_policy {
    maximum_retry_attempts       = try(each.value.retry_policy.maximum_retry_attempts, 185)
    maximum_event_age_in_seconds = try(each.value.retry_policy.maximum_event_age_in_seconds, 86400)
  }
}
