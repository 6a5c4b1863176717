// 460 lacks its `reference`. The enum is still generated from 200 and 599, and `status!`
// stays quiet about 460, so the only error is the one in the spec.
#[status_codes::status_enum(spec = "specs/one-bad-entry.yaml")]
pub enum Payment {}

fn main() {
    let ok = Payment::Ok;
    let down: Payment = status_codes::status!(Payment, 599);
    let declined: Payment = status_codes::status!(Payment, 460);
    assert_eq!(down, Payment::LedgerUnavailable);
    assert_eq!(ok.as_u16() + declined.as_u16(), 660);
}
