#[derive(status_codes::HttpStatus)]
#[status(enum = ::status_codes::StatusCode)]
enum ApiError {
    #[status(404)]
    NotFound,
}

fn main() {}
