// A 4xx message reaches the client already, so `expose` would change nothing.
#[derive(Debug, status_codes::HttpStatus)]
enum ApiError {
    #[status(404, expose)]
    NotFound,
    #[status(500, private)]
    Internal,
}

fn main() {}
