// `into_response` implements axum's `IntoResponse`, which takes the `axum` feature.
#[derive(Debug, status_codes::HttpStatus)]
#[status(into_response)]
enum ApiError {
    #[status(404)]
    NotFound,
}

impl core::fmt::Display for ApiError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("not found")
    }
}

fn main() {}
