// A spec listed twice is one error, not one per code; the enum is still generated.
#[status_codes::status_enum(spec = ["iana", "iana"])]
pub enum AppStatus {}

fn main() {
    let _ = status_codes::status!(AppStatus, 404);
}
