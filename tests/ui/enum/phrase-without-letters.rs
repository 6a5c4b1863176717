#[status_codes::status_enum(spec = "specs/phrase-without-letters.yaml")]
pub enum Status {}

fn main() {}
