module "function" {
  source   = "../lambda-function"
  for_each = local.functions

  function_name     = each.key
  handler           = each.value.handler
  environment       = local.function_environment[each.key]
  policy_statements = local.function_statements[each.key]
}

module "state_machine" {
  source   = "../state-machine"
  for_each = local.processes

  definition_file = "${var.repo_root}/statemachines/${each.key}.asl.json"
  placeholders    = local.asl_placeholders
}

module "events" {
  source = "../events"

  rules = local.rules
}
