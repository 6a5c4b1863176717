#[status_codes::status_enum(spec = "specs/phrase-not-ascii.yaml")]
pub enum Status {}

fn main() {}
