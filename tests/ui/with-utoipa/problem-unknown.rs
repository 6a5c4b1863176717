// The specs have no problem type `out-of-stok`: one error, from `status()`, and none from
// the OpenAPI responses of the same variant.
#[status_codes::status_enum(spec = ["iana", "specs/shop.yaml"])]
pub enum ShopStatus {}

#[derive(Debug, status_codes::HttpStatus)]
#[status(enum = ShopStatus, openapi)]
enum ShopError {
    #[status(problem = "out-of-stok")]
    OutOfStock { sku: String, available: u32 },
    #[status(404)]
    NotFound,
}

fn main() {}
