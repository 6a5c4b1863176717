#[status_codes::status_enum(spec = "specs/several-problems.yaml")]
pub enum Status {}

fn main() {}
