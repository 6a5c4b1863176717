// `StatusCode` has no 420: one error, from `status()`, and none from the OpenAPI responses.
#[derive(Debug, status_codes::HttpStatus)]
#[status(openapi)]
enum ApiError {
    #[status(420)]
    EnhanceYourCalm,
    #[status(404)]
    NotFound,
}

fn main() {}
