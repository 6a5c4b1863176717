#[status_codes::status_enum(spec = "specs/phrase-control-character.yaml")]
pub enum Status {}

fn main() {}
