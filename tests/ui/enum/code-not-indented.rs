// A code at the left margin under `codes:` says to indent it.
#[status_codes::status_enum(spec = ["iana", "specs/code-not-indented.yaml"])]
pub enum AppStatus {}

fn main() {
    let _ = status_codes::status!(AppStatus, 404);
}
