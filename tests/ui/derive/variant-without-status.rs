#[derive(status_codes::HttpStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    Internal { reason: String },
}

fn main() {}
