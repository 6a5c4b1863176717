// The built-in specs are named, not found on disk: a path to one is a mistake that says so.
#[status_codes::status_enum(spec = ["spec/iana.yaml", "specs/payments.yaml"])]
pub enum Payment {}

#[status_codes::status_enum(spec = "cloudflare.yml")]
pub enum Edge {}

fn main() {}
