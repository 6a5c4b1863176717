// `en:` at the column of `description:` says to indent it.
#[status_codes::status_enum(spec = ["iana", "specs/language-not-indented.yaml"])]
pub enum AppStatus {}

fn main() {
    let _ = status_codes::status!(AppStatus, 404);
}
