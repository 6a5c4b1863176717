#[status_codes::status_enum(spec = "specs/code-out-of-range.yaml")]
pub enum Status {}

fn main() {}
