#[derive(status_codes::HttpStatus)]
enum ApiError {
    #[status(99)]
    TooSmall,
    #[status(1000)]
    TooLarge,
    #[status(404u8)]
    WrongType,
}

fn main() {}
