// The specs have no problem type `out-of-stok`.
#[status_codes::status_enum(spec = ["iana", "specs/shop.yaml"])]
pub enum ShopStatus {}

#[derive(Debug, status_codes::HttpStatus)]
#[status(enum = ShopStatus)]
enum ShopError {
    #[status(problem = "out-of-stok")]
    OutOfStock { sku: String, available: u32 },
}

impl std::fmt::Display for ShopError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("out of stock")
    }
}

fn main() {}
