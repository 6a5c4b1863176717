#[status_codes::status_enum(spec = "specs/payments.yaml", path = "x")]
pub enum Payment {}

#[status_codes::status_enum(sepc = "specs/payments.yaml")]
pub enum Refund {}

fn main() {}
