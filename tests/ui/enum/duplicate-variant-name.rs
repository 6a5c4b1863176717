#[status_codes::status_enum(spec = "specs/duplicate-variant-name.yaml")]
pub enum Status {}

fn main() {}
