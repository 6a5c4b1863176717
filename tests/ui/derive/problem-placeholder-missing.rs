// The template of `out-of-stock` uses `{available}`, which the variant lacks.
#[status_codes::status_enum(spec = ["iana", "specs/shop.yaml"])]
pub enum ShopStatus {}

#[derive(Debug, status_codes::HttpStatus)]
#[status(enum = ShopStatus)]
enum ShopError {
    #[status(problem = "out-of-stock")]
    OutOfStock { sku: String },
}

impl std::fmt::Display for ShopError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("out of stock")
    }
}

fn main() {}
