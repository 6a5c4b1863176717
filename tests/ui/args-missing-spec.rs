#[status_codes::status_enum]
pub enum Payment {}

#[status_codes::status_enum(macro_export)]
pub enum Refund {}

fn main() {}
