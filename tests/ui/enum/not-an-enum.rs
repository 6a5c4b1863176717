#[status_codes::status_enum(spec = "specs/payments.yaml")]
pub struct Payment {}

#[status_codes::status_enum(spec = "specs/payments.yaml")]
pub fn refund() {}

fn main() {}
