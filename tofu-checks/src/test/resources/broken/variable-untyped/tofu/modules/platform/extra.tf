variable "untyped" {
  default = 1
}
