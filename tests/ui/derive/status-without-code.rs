#[derive(status_codes::HttpStatus)]
enum ApiError {
    #[status]
    NotFound,
    #[status = 409]
    Conflict,
}

fn main() {}
