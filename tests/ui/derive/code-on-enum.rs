#[derive(status_codes::HttpStatus)]
#[status(500)]
enum ApiError {
    #[status(404)]
    NotFound,
}

fn main() {}
