#[status_codes::status_enum(spec = 5)]
pub enum Payment {}

#[status_codes::status_enum(spec = "specs/payments.yaml", crate = status_codes)]
pub enum Refund {}

fn main() {}
