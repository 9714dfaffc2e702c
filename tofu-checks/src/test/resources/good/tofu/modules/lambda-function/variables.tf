variable "function_name" {
  description = "Name of the function."
  type        = string
}
