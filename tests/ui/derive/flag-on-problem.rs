// A problem variant's detail is its template in the spec.
#[status_codes::status_enum(spec = ["iana", "specs/shop.yaml"])]
pub enum ShopStatus {}

#[derive(Debug, status_codes::HttpStatus)]
#[status(enum = ShopStatus)]
enum ShopError {
    #[status(problem = "payment-gateway-down", expose)]
    GatewayDown,
}

fn main() {}
