#[status_codes::status_enum(spec = "specs/empty-file.yaml")]
pub enum Status {}

fn main() {}
