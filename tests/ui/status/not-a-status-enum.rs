// The first argument of `status!` is a status enum; see the report on why rustc's own words
// are what this says.
fn main() {
    let _ = status_codes::status!(String, 404);
}
