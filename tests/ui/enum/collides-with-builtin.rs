// The service's spec defines 404 again without `override: true`.
#[status_codes::status_enum(spec = ["iana", "specs/collides-with-builtin.yaml"])]
pub enum AppStatus {}

fn main() {}
