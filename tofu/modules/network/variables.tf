variable "name" {
  description = "Name prefix of every resource, e.g. opsflow-dev."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}$", var.name))
    error_message = "name must be 3 to 31 characters of lowercase letters, digits and dashes."
  }
}

variable "cidr_block" {
  description = "CIDR block of the VPC; each private subnet takes a /20 of it."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.cidr_block))
    error_message = "cidr_block must be a valid IPv4 CIDR block."
  }
}

variable "az_count" {
  description = "How many availability zones get a private subnet (RDS needs at least two, even single-AZ)."
  type        = number
  default     = 2

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3
    error_message = "az_count must be 2 or 3."
  }
}

variable "interface_endpoints" {
  description = "AWS services reached privately through interface endpoints (the service part of com.amazonaws.<region>.<service>). S3 always gets a free gateway endpoint."
  type        = set(string)
  default     = ["secretsmanager", "states", "events", "bedrock-runtime", "sns", "kms", "scheduler"]
}

variable "endpoint_az_count" {
  description = "In how many of the private subnets each interface endpoint gets a network interface (each costs per hour per AZ); 1 is cheaper, the AZ count is resilient."
  type        = number
  default     = 2

  validation {
    condition     = var.endpoint_az_count >= 1 && var.endpoint_az_count <= 3
    error_message = "endpoint_az_count must be 1 to 3."
  }
}

variable "nat_gateway" {
  description = "Whether private subnets get internet egress through one NAT gateway (needed only if a function inside the VPC calls a third-party API)."
  type        = bool
  default     = false
}

variable "flow_log_retention_days" {
  description = "Retention of the VPC flow log (rejected traffic only), in days."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
