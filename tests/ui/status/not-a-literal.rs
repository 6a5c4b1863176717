fn main() {
    let foo = 404;
    let _ = status_codes::status!(foo);
}
