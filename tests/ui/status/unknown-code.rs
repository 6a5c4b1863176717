fn main() {
    let _ = status_codes::status!(999);
}
