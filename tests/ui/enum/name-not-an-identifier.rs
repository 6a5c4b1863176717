#[status_codes::status_enum(spec = "specs/name-not-an-identifier.yaml")]
pub enum Status {}

fn main() {}
