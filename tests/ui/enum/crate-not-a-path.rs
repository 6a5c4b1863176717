// `crate` takes a path: a mistake in it is one error, and the enum is still generated
// through a path that does not come from it.
#[status_codes::status_enum(spec = "iana", crate = "facade sc")]
pub enum AppStatus {}

fn main() {
    let code: AppStatus = status_codes::status!(AppStatus, 404);
    let _ = code.is_client_error();
}
