// `errors::AppStatus` has 460 and 461, not 462.
const CARD_LOST: errors::AppStatus = sc::status!(errors::AppStatus, 462);

#[derive(sc::HttpStatus)]
#[status(enum = errors::AppStatus, crate = "sc")]
enum PaymentError {
    #[status(460)]
    Declined,
    #[status(469)]
    Stolen,
}

fn main() {
    let _ = (CARD_LOST, PaymentError::Declined, PaymentError::Stolen);
}
