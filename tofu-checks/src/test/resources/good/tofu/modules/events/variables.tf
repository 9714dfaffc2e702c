variable "name" {
  description = "Prefix of the rules."
  type        = string
  default     = "fixture"
}

variable "rules" {
  description = "Rules by file name, decoded."
  type        = any
}
