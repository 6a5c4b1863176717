#[status_codes::status_enum(spec = "specs/payments.yaml")]
pub enum Payment {}

fn main() {
    let _ = status_codes::status!(Payment, 999);
}
