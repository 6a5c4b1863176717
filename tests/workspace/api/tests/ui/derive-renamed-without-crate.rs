// status-codes is `sc` in this crate: without `#[status(crate = "sc")]`, one error that names it.
#[derive(Debug, sc::HttpStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
}

fn main() {
    let _ = ApiError::NotFound.status().is_client_error();
}
