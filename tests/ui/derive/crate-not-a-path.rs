// `crate` takes a path: a mistake in it is one error, and the impls still stand.
#[derive(Debug, status_codes::HttpStatus)]
#[status(crate = "facade sc")]
enum ApiError {
    #[status(404)]
    NotFound,
}

fn main() {
    let _ = ApiError::NotFound.status().is_client_error();
}
