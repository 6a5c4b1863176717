// `macro_export` was once needed to use an enum's `status!` from other crates; now every
// `pub` status enum works there, and the argument says so.
#[status_codes::status_enum(spec = "specs/payments.yaml", macro_export)]
pub enum Payment {}

fn main() {}
