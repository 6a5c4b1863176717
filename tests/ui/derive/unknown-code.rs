// 420 is not in the IANA registry, so `StatusCode` has no variant for it.
#[derive(status_codes::HttpStatus)]
enum ApiError {
    #[status(404)]
    NotFound,
    #[status(420)]
    EnhanceYourCalm,
}

fn main() {}
