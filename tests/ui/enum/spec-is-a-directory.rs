#[status_codes::status_enum(spec = "specs")]
pub enum Status {}

fn main() {}
