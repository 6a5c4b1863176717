#[status_codes::status_enum(spec = "specs/empty-required-field.yaml")]
pub enum Status {}

fn main() {}
