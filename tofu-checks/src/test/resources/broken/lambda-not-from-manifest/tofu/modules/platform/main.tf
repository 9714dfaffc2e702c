module "function" {
  source   = "../lambda-function"
  for_each = toset(["alpha-step"])

  function_name = each.key
  handler       = each.value.handler
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
