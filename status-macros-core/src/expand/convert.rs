//! Conversions between codes and variants: `ALL`, `as_u16`, and the tables `from_u16` and
//! the lookups of the template read.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::Input;

/// `ALL`, `as_u16`, and the tables of the template: `__LOWEST`, `__VALUES` (the value of every
/// code from the lowest to the highest the spec defines, unassigned ones as `Unknown`) and
/// `__SLOTS` (the position in `ALL` plus one of each, or 0), so a lookup is one or two loads.
pub(super) fn conversions(input: &Input<'_>) -> TokenStream {
    let krate = input.krate;
    let codes = &input.spec.codes;
    let mut names = Vec::with_capacity(codes.len());
    let mut numbers = Vec::with_capacity(codes.len());
    for code in codes {
        names.push(format_ident!("{}", code.name));
        numbers.push(Literal::u16_unsuffixed(code.code));
    }
    let mut lowest = 0;
    let mut values = Vec::new();
    let mut slots = Vec::new();
    if let (Some(first), Some(last)) = (codes.first(), codes.last()) {
        lowest = first.code;
        // The codes ascend, so the next one defined is the only one to compare with.
        let mut next = 0;
        for n in first.code..=last.code {
            if codes.get(next).is_some_and(|c| c.code == n) {
                let name = &names[next];
                values.push(quote!(Self::#name));
                next += 1;
                slots.push(Literal::usize_unsuffixed(next));
            } else {
                let n = Literal::u16_unsuffixed(n);
                values.push(quote!(Self::Unknown(#krate::UnknownCode::__new(#n))));
                slots.push(Literal::usize_unsuffixed(0));
            }
        }
    }
    let lowest = Literal::u16_unsuffixed(lowest);
    quote! {
        /// Every code the spec defines, in ascending order.
        pub const ALL: &'static [Self] = &[#(Self::#names),*];

        /// The numeric code.
        #[inline(always)]
        pub const fn as_u16(self) -> u16 {
            // The catch-all first, so that the match below maps each variant to a constant:
            // the compiler turns that into reading the discriminant, and callers such as the
            // class predicates stay a range check instead of a jump table.
            if let Self::Unknown(code) = self {
                return code.get();
            }
            match self {
                #(Self::#names => #numbers,)*
                Self::Unknown(_) => 0,
            }
        }

        const __LOWEST: u16 = #lowest;
        const __VALUES: &'static [Self] = &[#(#values),*];
        const __SLOTS: &'static [u16] = &[#(#slots),*];
    }
}
