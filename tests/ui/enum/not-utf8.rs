#[status_codes::status_enum(spec = "specs/not-utf8.yaml")]
pub enum Status {}

fn main() {}
