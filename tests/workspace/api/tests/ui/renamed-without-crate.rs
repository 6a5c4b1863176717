// status-codes is `sc` in this crate: without `crate = "sc"`, one error that names it.
#[sc::status_enum(spec = "iana")]
pub enum ApiStatus {}

fn main() {
    let _ = sc::status!(ApiStatus, 404).is_client_error();
}
