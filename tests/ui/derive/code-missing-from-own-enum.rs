// 444 is an nginx code; an enum of IANA and Cloudflare codes does not have it.
#[status_codes::status_enum(spec = ["iana", "cloudflare"])]
pub enum EdgeStatus {}

#[derive(status_codes::HttpStatus)]
#[status(enum = EdgeStatus)]
enum ProxyError {
    #[status(522)]
    OriginTimeout,
    #[status(444)]
    DroppedConnection,
}

fn main() {}
