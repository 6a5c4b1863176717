#[status_codes::status_enum(spec = "specs/unknown-field.yaml")]
pub enum Status {}

fn main() {}
