#[status_codes::status_enum(spec = "specs/missing.yaml")]
pub enum Status {}

fn main() {}
