# State lives in the bucket bootstrapped once per account (docs/RUNBOOK.md, "Deploy from nothing"):
# tofu init -backend-config="bucket=opsflow-tofu-state-<account id>"
terraform {
  backend "s3" {
    key          = "opsflow/dev/terraform.tfstate"
    region       = "us-east-1"
    encrypt      = true
    use_lockfile = true
  }
}
