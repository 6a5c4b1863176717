// `openapi` implements utoipa's `IntoResponses`, which takes the `utoipa` feature.
#[derive(Debug, status_codes::HttpStatus)]
#[status(openapi)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(500)]
    Storage,
}

fn main() {}
