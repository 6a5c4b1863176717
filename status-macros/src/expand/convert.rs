//! Conversions between codes and variants: `ALL`, `as_u16`, and the tables `from_u16` and
//! the lookups of the template read.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::Input;

/// `ALL`, `as_u16`, and the tables of the template: `__LOWEST`, `__VALUES` (the value of every
/// code from the lowest to the highest the spec defines, unassigned ones as `Unknown`) and
/// `__SLOTS` (the position in `ALL` plus one of each, or 0), so a lookup is one or two loads.
pub(super) fn conversions(input: &Input<'_>, unknown: &Ident) -> TokenStream {
    let codes = &input.spec.codes;
    let names: Vec<Ident> = codes.iter().map(|c| format_ident!("{}", c.name)).collect();
    let numbers = codes.iter().map(|c| Literal::u16_unsuffixed(c.code));
    let lowest = codes.first().map_or(0, |c| c.code);
    let highest = codes.last().map_or(0, |c| c.code);
    let mut defined = codes.iter().zip(&names).enumerate().peekable();
    let mut values = Vec::new();
    let mut slots = Vec::new();
    for n in (lowest..=highest).filter(|_| !codes.is_empty()) {
        match defined.next_if(|(_, (c, _))| c.code == n) {
            Some((i, (_, name))) => {
                values.push(quote!(Self::#name));
                slots.push(Literal::usize_unsuffixed(i + 1));
            }
            None => {
                let n = Literal::u16_unsuffixed(n);
                values.push(quote!(Self::Unknown(#unknown(#n))));
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
