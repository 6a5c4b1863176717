// The built-in spec is `iana`, not a file of this crate.
#[sc::status_enum(spec = "spec/iana.yaml", crate = "sc")]
pub enum ApiStatus {}

fn main() {}
