#[status_codes::status_enum(spec = "specs/missing-required-field.yaml")]
pub enum Status {}

fn main() {}
