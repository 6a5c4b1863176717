// A problem's status is a code of the enum: 429 is IANA's, and IANA is not among the specs.
#[status_codes::status_enum(spec = "specs/problem-status-not-in-enum.yaml")]
pub enum PayStatus {}

fn main() {}
