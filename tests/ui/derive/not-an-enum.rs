#[derive(status_codes::HttpStatus)]
#[status(404)]
struct NotFound;

fn main() {}
