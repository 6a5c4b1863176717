#[derive(status_codes::HttpStatus)]
enum ApiError {
    #[status(enum = status_codes::StatusCode)]
    NotFound,
}

fn main() {}
