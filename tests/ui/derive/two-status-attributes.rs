#[derive(status_codes::HttpStatus)]
enum ApiError {
    #[status(404)]
    #[status(410)]
    Deleted,
}

fn main() {}
