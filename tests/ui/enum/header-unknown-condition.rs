#[status_codes::status_enum(spec = "specs/header-unknown-condition.yaml")]
pub enum Status {}

fn main() {}
