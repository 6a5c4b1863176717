// `enum = ...` names a status enum; a type that is not one says so.
#[derive(status_codes::HttpStatus)]
#[status(enum = String)]
enum ApiError {
    #[status(404)]
    NotFound,
}

fn main() {}
