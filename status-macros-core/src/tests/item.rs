//! `item.rs` against syn: random enums, written as text from pieces that are hard to read by
//! hand (commas inside angle brackets, `->` and `>>`, comparisons and shifts in
//! discriminants, raw names, defaults, where clauses), are read by both, and everything the
//! macros use of an item must come out the same.
//!
//! syn reads them with its `derive` and `full` features, which only the tests turn on.

use proptest::prelude::*;
use quote::ToTokens;

use super::fuzz::cases;
use crate::item::{Fields, Item};

const ATTRS: &[&str] = &[
    "/// A doc, with a comma, and <angle brackets>.",
    "#[doc = \"text\"]",
    "#[derive(Debug, Clone)]",
    "#[status(404)]",
    "#[status(problem = \"a, b\", expose)]",
    "#[cfg(any())]",
    "#[serde(rename = \"x\")]",
    "#[allow(dead_code, unused)]",
    "#[a::b(c = d<e, f>)]",
];

const VIS: &[&str] = &["", "pub", "pub(crate)", "pub(super)", "pub(in crate::a)"];

/// Generic parameters: the lifetimes come first, as Rust wants them.
const LIFETIMES: &[&str] = &["'a", "'b: 'a", "#[allow(unused)] 'c"];

const PARAMS: &[&str] = &[
    "T",
    "T: Clone + Fn(u8, u16) -> u8",
    "T: Into<Vec<(u8, u16)>> = String",
    "T: ?Sized + 'static",
    "F: for<'x> Fn(&'x str) -> Option<Vec<Vec<u8>>>",
    "F = fn(u8, u16) -> u8",
    "const N: usize",
    "const N: usize = { 1 + 2 }",
    "const N: bool = { 1 < 2 }",
    "const N: u8 = 3",
    "T: Iterator<Item = Vec<u8>> = std::vec::IntoIter<Vec<u8>>",
    "T: PartialOrd<<u8 as Tr<u8, u16>>::Out>",
];

const WHERE: &[&str] = &[
    "",
    "where u8: Copy",
    "where u8: Copy,",
    "where [u8; 2]: Sized, for<'x> &'x u8: Into<u16>",
    "where Vec<u8>: From<Vec<u8>>, u16: Fn(u8, u16) -> Option<u8>,",
    "where Vec<u8>: IntoIterator<Item = u8>, <u8 as Tr<u8, u16>>::Out: Copy",
];

const TYPES: &[&str] = &[
    "u8",
    "std::collections::HashMap<u8, Vec<u16>>",
    "&'static str",
    "fn(u8, u16) -> u8",
    "[u8; 3]",
    "[u8; { 1 << 2 }]",
    "(u8, u16)",
    "Box<dyn Fn(u8, u16) -> Option<u8> + Send>",
    "<u8 as Tr<u8, u16>>::Out",
    "Result<Vec<Vec<u8>>, ()>",
];

const FIELD_NAMES: &[&str] = &["id", "r#type", "map", "f", "_x"];

const FIELD_PREFIXES: &[&str] = &["", "pub ", "pub(crate) ", "#[source] ", "/// A doc.\n "];

const VARIANT_NAMES: &[&str] = &["A", "B", "Missing", "r#Bad", "Gone", "X2", "_Y"];

const DISCRIMINANTS: &[&str] = &[
    "",
    "= 1",
    "= -1",
    "= 1 << 2",
    "= 8 >> 1",
    "= pick::<u8, u16>()",
    "= <u8 as Tr<u8, u16>>::V",
    "= <<u8 as Tr<u8, u16>>::W as Tr<u8, u16>>::V + 1",
    "= { 2 > 1 } as u8 + 7",
    "= if 1 < 2 { 3 } else { 4 }",
    "= N < <u8 as Tr<u8, u16>>::V",
    "= 2 <<<Foo<u8, u16> as Tr<u8, u16>>::V",
    "= f::<fn(u8, u16) -> u8>()",
    "= X as u8 >> 1",
    "= X as u8 > 1",
    "= (1, 2).0",
    "= [1, 2][0]",
    "= match X { 1 => 2, _ => 3 }",
    "= 'a: { break 'a 3 }",
    "= A::<B, C>::D as u8 >= 1",
    "= 1 <= 2 && 3 >= 2",
    "= <u8 as Tr<u8, u16>>::V < 3",
    "= X as u8 <= 4",
    "= (<u8 as Tr<u8>>::V < N) as u8",
];

/// Expressions built from the hard pieces above, for discriminants: operands (qualified paths,
/// turbofish calls), operators (`<`, `<<`, `<=`, `>>`, ...), casts, `if` and `match`.
/// Each comes with whether it ends in a cast (`x as u8`, which Rust does not let a `<` or
/// `<<` follow) and whether it is a comparison at its top (Rust does not chain those).
fn expression() -> impl Strategy<Value = (String, bool, bool)> {
    const OPERANDS: &[&str] = &[
        "1",
        "X",
        "x.0",
        "true",
        "<u8 as Tr<u8, u16>>::V",
        "<<u8 as Tr<u8, u16>>::W as Tr<u8, u16>>::V",
        "pick::<u8, u16>()",
        "A::<B, C>::D",
        "<[u8]>::len(&[1, 2])",
        "f::<fn(u8, u16) -> u8>()",
        "size_of::<(u8, u16)>()",
        "'a: { break 'a 3 }",
        "m!(a, b)",
        "x.method::<u8, u16>(1, 2)",
    ];
    const OPERATORS: &[&str] = &[
        "+", "-", "*", "<", ">", "<=", ">=", "<<", ">>", "==", "!=", "&&", "||", "&", "|", "^",
    ];
    let leaf = prop::sample::select(OPERANDS).prop_map(|text| (text.to_owned(), false, false));
    leaf.prop_recursive(4, 24, 2, |inner| {
        let paren = |(text, ..): (String, bool, bool)| (format!("({text})"), false, false);
        prop_oneof![
            (
                inner.clone(),
                prop::sample::select(OPERATORS),
                inner.clone()
            )
                .prop_map(move |(left, op, right)| {
                    // Every operator here but `&&` and `||` binds at least as tightly as a
                    // comparison, so a comparison on either side would chain with another.
                    let tight = op != "&&" && op != "||";
                    let comparison = ["<", ">", "<=", ">=", "==", "!="].contains(&op);
                    let left = if left.1 && (op == "<" || op == "<<") || tight && left.2 {
                        paren(left)
                    } else {
                        left
                    };
                    let right = if tight && right.2 {
                        paren(right)
                    } else {
                        right
                    };
                    (
                        format!("{} {op} {}", left.0, right.0),
                        right.1,
                        comparison || left.2 || right.2,
                    )
                }),
            (prop::sample::select(&["-", "!", "&"][..]), inner.clone()).prop_map(
                |(op, (text, cast, comparison))| (format!("{op}{text}"), cast, comparison)
            ),
            // A cast, and whether its type ends in a word (which a `<` may not follow).
            (
                inner.clone(),
                prop::sample::select(
                    &[
                        ("u8", true),
                        ("Foo<u8, u16>", false),
                        ("&'static Foo<u8, u16>", false),
                        ("<u8 as Tr<u8, u16>>::Out", true),
                        ("fn(u8, u16) -> Foo<u8, u16>", false),
                    ][..]
                )
            )
                .prop_map(|((text, _, comparison), (ty, word))| (
                    format!("{text} as {ty}"),
                    word,
                    comparison
                )),
            (inner.clone(), inner.clone(), inner.clone()).prop_map(|(c, a, b)| (
                format!("if {} {{ ({}) }} else {{ ({}) }}", c.0, a.0, b.0),
                false,
                false
            )),
            inner.clone().prop_map(|(text, ..)| (
                format!("match {text} {{ 1 => 2, _ => 3 }}"),
                false,
                false
            )),
            inner.prop_map(paren),
        ]
    })
}

/// One variant, as text.
fn variant() -> impl Strategy<Value = String> {
    let attrs = prop::collection::vec(prop::sample::select(ATTRS), 0..3);
    let field = (
        prop::sample::select(FIELD_PREFIXES),
        prop::sample::select(FIELD_NAMES),
        prop::sample::select(TYPES),
    );
    let fields = prop_oneof![
        Just(String::new()),
        prop::collection::vec(prop::sample::select(TYPES), 0..4)
            .prop_map(|types| format!("({})", types.join(", "))),
        prop::collection::vec(field, 0..4).prop_map(|fields| {
            let fields: Vec<String> = fields
                .iter()
                .map(|(prefix, name, ty)| format!("{prefix}{name}: {ty}"))
                .collect();
            format!(" {{ {} }}", fields.join(", "))
        }),
    ];
    (
        attrs,
        prop::sample::select(VARIANT_NAMES),
        fields,
        prop_oneof![
            prop::sample::select(DISCRIMINANTS).prop_map(str::to_owned),
            expression().prop_map(|(text, ..)| format!("= {text}")),
        ],
    )
        .prop_map(|(attrs, name, fields, discriminant)| {
            format!("{}\n{name}{fields} {discriminant}", attrs.join("\n"))
        })
}

/// One enum, as text.
fn item() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(ATTRS), 0..3),
        prop::sample::select(VIS),
        prop::sample::subsequence(LIFETIMES, 0..=LIFETIMES.len()),
        prop::collection::vec(prop::sample::select(PARAMS), 0..3),
        prop::sample::select(WHERE),
        prop::collection::vec(variant(), 0..5),
        any::<bool>(),
    )
        .prop_map(
            |(attrs, vis, lifetimes, params, where_clause, variants, trailing)| {
                let generics: Vec<&str> = lifetimes.into_iter().chain(params).collect();
                let generics = if generics.is_empty() {
                    String::new()
                } else {
                    format!("<{}>", generics.join(", "))
                };
                let comma = if trailing && !variants.is_empty() {
                    ","
                } else {
                    ""
                };
                format!(
                    "{}\n{vis} enum E{generics} {where_clause} {{ {}{comma} }}",
                    attrs.join("\n"),
                    variants.join(",\n")
                )
            },
        )
}

/// The text of tokens without spaces: tokens read from text keep which marks were written
/// together (`<'x`), and syn writes its own tokens apart.
fn text(tokens: impl ToTokens) -> String {
    tokens.to_token_stream().to_string().replace(' ', "")
}

/// What the macros use of the item, as `item.rs` reads it and as syn reads it.
fn compare(source: &str) -> Result<(), TestCaseError> {
    let ours: Item = syn::parse_str(source)
        .map_err(|err| TestCaseError::fail(format!("item.rs: {err}\n{source}")))?;
    let theirs: syn::DeriveInput = syn::parse_str(source)
        .map_err(|err| TestCaseError::fail(format!("syn: {err}\n{source}")))?;
    let attr_names = |attrs: &[syn::Attribute]| -> Vec<String> {
        attrs
            .iter()
            .map(|attr| text(attr.path().get_ident()))
            .collect()
    };
    let our_attr_names = |attrs: &[crate::item::Attr]| -> Vec<String> {
        attrs
            .iter()
            .map(|attr| {
                ["doc", "derive", "status", "cfg", "serde", "allow"]
                    .into_iter()
                    .find(|name| attr.is(name))
                    .unwrap_or("")
                    .to_owned()
            })
            .collect()
    };
    prop_assert_eq!(
        our_attr_names(&ours.attrs),
        attr_names(&theirs.attrs),
        "{}",
        source
    );
    prop_assert_eq!(
        ours.vis.is_public(),
        matches!(theirs.vis, syn::Visibility::Public(_)),
        "{}",
        source
    );
    prop_assert_eq!(text(&ours.ident), text(&theirs.ident));
    let (impl_ours, ty_ours, where_ours) = ours.generics.split_for_impl();
    let (impl_theirs, ty_theirs, where_theirs) = theirs.generics.split_for_impl();
    prop_assert_eq!(text(impl_ours), text(impl_theirs), "{}", source);
    prop_assert_eq!(text(ty_ours), text(ty_theirs), "{}", source);
    prop_assert_eq!(text(where_ours), text(where_theirs), "{}", source);
    let syn::Data::Enum(data) = &theirs.data else {
        return Err(TestCaseError::fail("syn read no enum"));
    };
    prop_assert_eq!(ours.variants.len(), data.variants.len(), "{}", source);
    for (our, their) in ours.variants.iter().zip(&data.variants) {
        prop_assert_eq!(text(&our.ident), text(&their.ident), "{}", source);
        prop_assert_eq!(
            our_attr_names(&our.attrs),
            attr_names(&their.attrs),
            "{}",
            source
        );
        // The macros read the arguments of attributes named by one word only.
        for (our_attr, their_attr) in our.attrs.iter().zip(&their.attrs) {
            if their_attr.path().get_ident().is_none() {
                continue;
            }
            let their_list = match &their_attr.meta {
                syn::Meta::List(list) => Some(text(&list.tokens)),
                _ => None,
            };
            prop_assert_eq!(our_attr.list().map(text), their_list, "{}", source);
        }
        match (&our.fields, &their.fields) {
            (Fields::Named(names), syn::Fields::Named(fields)) => {
                let their_names: Vec<String> =
                    fields.named.iter().map(|f| text(&f.ident)).collect();
                let our_names: Vec<String> = names.iter().map(text).collect();
                prop_assert_eq!(our_names, their_names, "{}", source);
            }
            (Fields::Unnamed(count), syn::Fields::Unnamed(fields)) => {
                prop_assert_eq!(*count, fields.unnamed.len(), "{}", source);
            }
            (Fields::Unit, syn::Fields::Unit) => {}
            _ => return Err(TestCaseError::fail(format!("fields differ\n{source}"))),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn item_rs_reads_enums_as_syn_does(source in item()) {
        compare(&source)?;
    }
}

/// Enums that a review found item.rs reading wrongly, or that are close to those: each is
/// read as syn reads it. rustc parses every one; some would then fail to type-check, which is
/// after the macro has run.
const HARD_CASES: &[&str] = &[
    "enum E { A = X? < Y, B, C }",
    "enum E { A = X as Foo<u8> < 3, B }",
    "enum E { A = X as Foo<u8> << 3, B }",
    "enum E { A = X as Foo<u8>::Out >> 3, B }",
    "enum E { A = X as &Foo<u8, u16>, B }",
    "enum E { A = X as &'static Foo<u8, u16>, B }",
    "enum E { A = X as *const Foo<u8, u16>, B }",
    "enum E { A = X as fn() -> Foo<u8, u16>, B }",
    "enum E { A = X as extern \"C\" fn(u8, u16) -> Foo<u8, u16>, B }",
    "enum E { A = x as dyn Fn() -> Foo<u8, u16>, B }",
    "enum E { A = x as impl Fn() -> Foo<u8, u16>, B }",
    "enum E { A = X as &Foo<u8, B = u8> }",
    "enum E { A = X as (u8) << 3, B }",
    "enum E { A = X as [u8; 2] < 3, B }",
    "enum E { A = X as <u8 as Tr<u8, u16>>::Out >> 3, B }",
    "enum E { A = X as u8 - Y < 3, B }",
    "enum E { A = 1 as u8 - <u8 as Tr<u8, u16>>::V < 1, B }",
    "enum E { A = 1 as <u8 as Tr<u8, u16>>::Out | 1, B }",
    "enum E { A = 1 as u8 | 1, B }",
    "enum E { A = &mut <Vec<u8, u16>>::X, B }",
    "enum E { A = &raw const <Vec<u8, u16>>::X, B }",
    "enum E { A = &raw mut <Vec<u8, u16>>::X, B }",
    "enum E { A = for <Vec<u8, u16>>::C in x {}, B }",
    "enum E { A = &mut <Foo<u8, B = u8>>::X }",
    "enum E { A = |a, b| 0, B }",
    "enum E { A = move |a, b| 0, B }",
    "enum E { A = async move |a, b| 0, B }",
    "enum E { A = |a| |b, c| 0, B }",
    "enum E { A = x..|a, b| 0, B }",
    "enum E { A = |x: Foo<u8, u16>| 0, B }",
    "enum E { A = |Foo { a, b }: Foo<u8, u16>| 0, B }",
    "enum E { A = || -> Foo<u8, u16> { 0 }, B }",
    "enum E { A = |a, B| 0 }",
    "enum E { A = a || b < c, B }",
    "enum E { A = a | b < c, B }",
    "enum E { A = break 'a <Vec<u8, u16>>::X, B }",
    "enum E { A = 'a: { 1 } < 2, B }",
    "enum E { A = #[a] <Vec<u8, u16>>::X, B }",
    "enum E { A = yield <Vec<u8, u16>>::X, B }",
    "enum E { A = become <Vec<u8, u16>>::f(), B }",
    "enum E { A = r#as < b, B }",
    "enum E { A = x.await < 3, B }",
    "enum E { A = S { a: 1, b: 2 } < 3, B }",
    "enum E { A = S::<u8, u16> { a: 1 }.a, B }",
    "enum E { A = 1..<Vec<u8, u16>>::X, B }",
    "enum E { A = match x { _ => 1 } < 2, B }",
    "enum E<T> where { A }",
];

#[test]
fn hard_cases_are_read_as_syn_reads_them() {
    let failures: Vec<String> = HARD_CASES
        .iter()
        .filter_map(|source| compare(source).err().map(|err| err.to_string()))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
