// A mistake in `crate = ...` is one error; the stand-in does not go through the wrong path,
// nor through `status_codes`, which this crate calls `sc`.
#[sc::status_enum(spec = "iana", crate = "facade sc")]
pub enum ApiStatus {}

#[derive(Debug, sc::HttpStatus)]
#[status(enum = ApiStatus, crate = "facade sc")]
enum ApiError {
    #[status(404)]
    NotFound,
}

fn main() {
    let _ = ApiError::NotFound.status().is_client_error();
}
