#[status_codes::status_enum(spec = "specs/payments.yaml")]
pub enum Payment {
    CardDeclined = 460,
}

fn main() {}
