#[status_codes::status_enum(spec = "specs/duplicate-code.yaml")]
pub enum Status {}

fn main() {}
