#[status_codes::status_enum(spec = "specs/name-is-a-keyword.yaml")]
pub enum Status {}

fn main() {}
