variable "repo_root" {
  description = "Repository root."
  type        = string
}

variable "integrations" {
  description = "Integrations with a secret each."
  type        = set(string)
  default     = ["stripe", "slack"]
}
