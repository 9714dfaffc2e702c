variable "name" {
  description = "Name of the App Runner service, e.g. opsflow-dev-dashboard."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{3,39}$", var.name))
    error_message = "name must be 4 to 40 characters of lowercase letters, digits and dashes."
  }
}

variable "image_identifier" {
  description = "ECR image of the dashboard (<account>.dkr.ecr.<region>.amazonaws.com/opsflow-dashboard:<tag>)."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/.+:.+$", var.image_identifier))
    error_message = "image_identifier must be a private ECR image with a tag."
  }
}

variable "ecr_repository_arn" {
  description = "ARN of the ECR repository the image is pulled from."
  type        = string
}

variable "port" {
  description = "Port the dashboard listens on (OPSFLOW_WEB_PORT)."
  type        = number
  default     = 8080
}

variable "health_check_path" {
  description = "HTTP path App Runner polls for health."
  type        = string
  default     = "/health"
}

variable "cpu" {
  description = "vCPU units per instance (256 = 0.25 vCPU)."
  type        = string
  default     = "256"

  validation {
    condition     = contains(["256", "512", "1024", "2048", "4096"], var.cpu)
    error_message = "cpu must be 256, 512, 1024, 2048 or 4096."
  }
}

variable "memory" {
  description = "Memory per instance in MB."
  type        = string
  default     = "512"

  validation {
    condition     = contains(["512", "1024", "2048", "3072", "4096", "6144", "8192", "10240", "12288"], var.memory)
    error_message = "memory must be one of the sizes App Runner offers (512 to 12288)."
  }
}

variable "min_size" {
  description = "Instances kept provisioned (billed for memory while idle)."
  type        = number
  default     = 1

  validation {
    condition     = var.min_size >= 1 && var.min_size <= 25
    error_message = "min_size must be 1 to 25."
  }
}

variable "max_size" {
  description = "Upper bound of autoscaling."
  type        = number
  default     = 2

  validation {
    condition     = var.max_size >= 1 && var.max_size <= 25
    error_message = "max_size must be 1 to 25."
  }
}

variable "max_concurrency" {
  description = "Concurrent requests per instance before App Runner scales out."
  type        = number
  default     = 80
}

variable "subnet_ids" {
  description = "Private subnets of the VPC connector (the dashboard reaches the database through it)."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the VPC connector."
  type        = list(string)
}

variable "environment" {
  description = "Plain environment variables of the dashboard."
  type        = map(string)
  default     = {}
}

variable "environment_secrets" {
  description = "Environment variables filled from Secrets Manager at start: variable name => secret ARN (or ARN:json-key::)."
  type        = map(string)
  default     = {}
}

variable "policy_statements" {
  description = "Permissions of the running dashboard (instance role): least privilege, no \"*\"."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
