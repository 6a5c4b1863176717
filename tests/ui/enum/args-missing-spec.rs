#[status_codes::status_enum]
pub enum Payment {}

#[status_codes::status_enum(crate = "status_codes")]
pub enum Refund {}

fn main() {}
