#[status_codes::status_enum(spec = "specs/yaml-syntax-error.yaml")]
pub enum Status {}

fn main() {}
