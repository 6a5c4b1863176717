#[derive(status_codes::HttpStatus)]
enum ApiError {
    #[status("404")]
    NotFound,
    #[status(409, 410)]
    Conflict,
    #[status(NOT_FOUND)]
    Missing,
}

fn main() {}
