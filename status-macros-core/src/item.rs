//! The item under a macro, read from its tokens: its attributes, visibility, name, generics
//! and variants, which is all the macros use of it; and the paths the macros take as
//! arguments (`enum = crate::AppStatus`).
//!
//! syn reads these with its `derive` feature, which parses every type, bound and expression
//! Rust has and doubles the time syn takes to build; every cold build of a user's crate waits
//! for that. What the macros do not look into (types, bounds, discriminants) stays tokens, as
//! written. rustc has parsed the item before a derive or an attribute sees it, so its tokens
//! are well formed; but what a `macro_rules!` passed on as a fragment (`#[$m:meta]`, `$v:vis`,
//! `$l:lifetime`) comes in an invisible group (`Delimiter::None`), which [`flat`] opens where
//! the macros look into the tokens. What they write back out keeps the groups.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

/// An outer attribute, `#[...]`, as written.
pub(crate) struct Attr {
    pound: Punct,
    group: Group,
}

impl Attr {
    /// What is inside the brackets.
    fn content(&self) -> impl Iterator<Item = TokenTree> {
        flat(self.group.stream()).into_iter()
    }

    /// Whether the attribute's path is the one word `name`: `#[status(...)]`, `#[doc = ...]`.
    pub(crate) fn is(&self, name: &str) -> bool {
        let mut tokens = self.content();
        matches!(tokens.next(), Some(TokenTree::Ident(word)) if word == name)
            && !matches!(tokens.next(), Some(TokenTree::Punct(p)) if p.as_char() == ':')
    }

    /// The tokens inside the delimiters of `#[name(...)]`; `None` for `#[name]` and
    /// `#[name = value]`.
    pub(crate) fn list(&self) -> Option<TokenStream> {
        let mut tokens = self.content().skip(1);
        match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Group(args)), None) => Some(args.stream()),
            _ => None,
        }
    }

    /// The text of `#[name = "..."]`; a doc comment is `#[doc = "..."]`.
    pub(crate) fn text(&self) -> Option<String> {
        let mut tokens = self.content().skip(1);
        match (tokens.next(), tokens.next(), tokens.next()) {
            (Some(TokenTree::Punct(eq)), Some(value), None) if eq.as_char() == '=' => {
                syn::parse2::<LitStr>(value.into_token_stream())
                    .ok()
                    .map(|text| text.value())
            }
            _ => None,
        }
    }
}

impl ToTokens for Attr {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append(self.pound.clone());
        tokens.append(self.group.clone());
    }
}

/// The tokens with every invisible group at the top (a fragment that `macro_rules!` passed
/// on) replaced by what is inside it; groups in delimiters are left as they are.
pub(crate) fn flat(tokens: impl IntoIterator<Item = TokenTree>) -> TokenStream {
    let mut out = TokenStream::new();
    for token in tokens {
        match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                out.extend(flat(group.stream()));
            }
            other => out.append(other),
        }
    }
    out
}

/// The outer attributes at the start of `input`.
fn attrs(input: ParseStream<'_>) -> syn::Result<Vec<Attr>> {
    let mut attrs = Vec::new();
    while input.peek(Token![#]) {
        let mut pound = Punct::new('#', Spacing::Alone);
        pound.set_span(input.parse::<Token![#]>()?.span);
        let group = match input.parse::<TokenTree>()? {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket => group,
            other => return Err(syn::Error::new(other.span(), "expected `[`")),
        };
        attrs.push(Attr { pound, group });
    }
    Ok(attrs)
}

/// A visibility as written: nothing, `pub`, `pub(crate)`, `pub(in path)`.
pub(crate) struct Vis(TokenStream);

impl Vis {
    /// Whether it is plain `pub`.
    pub(crate) fn is_public(&self) -> bool {
        let mut tokens = flat(self.0.clone()).into_iter();
        matches!(tokens.next(), Some(TokenTree::Ident(word)) if word == "pub")
            && tokens.next().is_none()
    }
}

impl Parse for Vis {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut tokens = TokenStream::new();
        if input.peek(Token![pub]) {
            tokens.append(input.parse::<TokenTree>()?);
            if input.peek(syn::token::Paren) {
                tokens.append(input.parse::<TokenTree>()?);
            }
        }
        Ok(Vis(tokens))
    }
}

impl ToTokens for Vis {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.clone());
    }
}

/// The item a derive or `#[status_enum]` is on.
pub(crate) struct Item {
    pub(crate) attrs: Vec<Attr>,
    pub(crate) vis: Vis,
    /// `enum`, `struct` or `union`.
    pub(crate) kind: Ident,
    pub(crate) ident: Ident,
    pub(crate) generics: Generics,
    /// The variants of an enum; none for a struct or a union.
    pub(crate) variants: Vec<Variant>,
}

impl Parse for Item {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let attrs = attrs(input)?;
        let vis = input.parse()?;
        let kind = Ident::parse_any(input)?;
        if kind != "enum" && kind != "struct" && kind != "union" {
            return Err(syn::Error::new(
                kind.span(),
                "expected `struct`, `enum`, or `union`",
            ));
        }
        let ident = input.parse()?;
        let generics = Generics::parse(input)?;
        let mut variants = Vec::new();
        if kind == "enum" {
            let body;
            syn::braced!(body in input);
            while !body.is_empty() {
                variants.push(body.parse()?);
                if !body.is_empty() {
                    body.parse::<Token![,]>()?;
                }
            }
        } else {
            // A struct's fields and a union's are not read: the macros refuse them.
            input.parse::<TokenStream>()?;
        }
        Ok(Item {
            attrs,
            vis,
            kind,
            ident,
            generics,
            variants,
        })
    }
}

/// A variant of an enum.
pub(crate) struct Variant {
    pub(crate) attrs: Vec<Attr>,
    pub(crate) ident: Ident,
    pub(crate) fields: Fields,
}

impl Variant {
    /// The pattern that matches the variant whatever its fields hold: `Self::Name { .. }`,
    /// `Self::Name(..)` or `Self::Name`.
    pub(crate) fn pattern(&self) -> TokenStream {
        let name = &self.ident;
        match &self.fields {
            Fields::Named(_) => quote::quote!(Self::#name { .. }),
            Fields::Unnamed(_) => quote::quote!(Self::#name(..)),
            Fields::Unit => quote::quote!(Self::#name),
        }
    }
}

/// A variant's fields: their names, or how many.
pub(crate) enum Fields {
    Named(Vec<Ident>),
    Unnamed(usize),
    Unit,
}

impl Parse for Variant {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let attrs = attrs(input)?;
        // rustc refuses a visibility on a variant itself.
        input.parse::<Vis>()?;
        let ident = input.parse()?;
        let fields = if input.peek(syn::token::Paren) || input.peek(syn::token::Brace) {
            match input.parse::<TokenTree>()? {
                TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                    let fields = split(group.stream());
                    Fields::Named(
                        fields
                            .iter()
                            .filter_map(|field| field_name(field))
                            .collect(),
                    )
                }
                TokenTree::Group(group) => Fields::Unnamed(split(group.stream()).len()),
                _ => Fields::Unit,
            }
        } else {
            Fields::Unit
        };
        if input.peek(Token![=]) {
            discriminant(input)?;
        }
        Ok(Variant {
            attrs,
            ident,
            fields,
        })
    }
}

/// Skips a variant's discriminant (`= expression`), up to the comma after it.
///
/// The comma may also be inside generic arguments (`pick::<u8, u16>()`, `<u8 as Tr<u8,
/// u16>>::V`, `x as Pair<u8, u16>`) or a closure's parameters (`|a, b| 0`); [`Walk`] tells
/// those apart from the one that ends the expression. rustc has parsed the expression before
/// the macro sees it, so a few facts of Rust's grammar decide every case.
fn discriminant(input: ParseStream<'_>) -> syn::Result<()> {
    let mut walk = Walk::new();
    while !(input.is_empty() || walk.at_top() && input.peek(Token![,])) {
        let token: TokenTree = input.parse()?;
        walk.step(&token, input);
    }
    Ok(())
}

/// Where a walk of an expression's tokens is.
///
/// A `<` opens generic arguments inside other arguments, inside a closure's parameters, in a
/// type (after `as` or `->`), and where an operand is due (a qualified path: `<T as Tr>::V`;
/// after `::` too, which is a turbofish); after an operand it is "less than", or the first
/// mark of `<<` or `<=`.
struct Walk {
    /// How deep in generic arguments: everything inside is part of a type.
    angles: usize,
    /// Whether an operand comes next: at the start, after an operator, after a word such as
    /// `if` or `return`.
    operand_due: bool,
    /// In a type at the top (after `as` or `->`): whether its first word has come (`&`,
    /// `*const`, `dyn`, `fn` and lifetimes come before it).
    ty: Option<bool>,
    /// Inside a closure's parameters, `|a, b: Vec<u8, u16>|`.
    params: bool,
    /// The previous token, when it is a mark joined to this one, and whether it begins an
    /// operator (the first `<` of `<<`, the first `|` of `||`).
    joined: Option<(char, bool)>,
    /// After the `'` of a lifetime or label: whether an operand was due before it, as it is
    /// again after its word (`break 'a <T>::X`).
    quote: Option<bool>,
    /// After a `#`: the brackets of an attribute come next, and the operand after them.
    pound: bool,
    /// After `::`, where a type's path goes on.
    colons: bool,
}

/// Words after which an operand comes, as after an operator.
const BEFORE_OPERAND: &[&str] = &[
    "if", "match", "while", "return", "break", "in", "else", "let", "mut", "const", "for", "move",
    "async", "static", "unsafe", "yield", "become",
];

/// Words that come before a type's first word: `&mut T`, `*const T`, `dyn Tr`, `fn()`.
const BEFORE_TYPE: &[&str] = &[
    "mut", "const", "dyn", "impl", "fn", "unsafe", "extern", "for",
];

impl Walk {
    fn new() -> Walk {
        Walk {
            angles: 0,
            operand_due: true,
            ty: None,
            params: false,
            joined: None,
            quote: None,
            pound: false,
            colons: false,
        }
    }

    /// Whether a comma here ends the expression.
    fn at_top(&self) -> bool {
        self.angles == 0 && !self.params
    }

    fn step(&mut self, token: &TokenTree, input: ParseStream<'_>) {
        let joined = self.joined.take();
        let quote = self.quote.take();
        let pound = std::mem::take(&mut self.pound);
        let colons = std::mem::take(&mut self.colons);
        match token {
            // A lifetime's or a label's word leaves things as they were before its `'`.
            TokenTree::Ident(_) if quote.is_some() => self.operand_due = quote == Some(true),
            TokenTree::Ident(word) => self.word(word, colons),
            TokenTree::Literal(_) => {
                self.operand_due = false;
                // A literal after a type's first word ends the type; before it, it is the ABI
                // of `extern "C" fn`.
                if self.ty == Some(true) && self.angles == 0 {
                    self.ty = None;
                }
            }
            // An attribute on the expression: the operand still comes.
            TokenTree::Group(_) if pound => self.operand_due = true,
            TokenTree::Group(group) => {
                self.operand_due = false;
                if self.angles == 0 && self.ty.is_some() {
                    // The parentheses of `Fn(u8)` belong to the path before them (a `->` may
                    // follow); a tuple, an array or a block ends the type.
                    let sugar =
                        self.ty == Some(true) && group.delimiter() == Delimiter::Parenthesis;
                    self.ty = self.ty.filter(|_| sugar);
                }
            }
            TokenTree::Punct(punct) => self.mark(punct, joined, input),
        }
    }

    fn word(&mut self, word: &Ident, colons: bool) {
        if self.angles > 0 || self.params {
            return;
        }
        match self.ty {
            Some(false) if BEFORE_TYPE.iter().any(|w| word == w) => return,
            Some(false) => {
                self.ty = Some(true);
                self.operand_due = false;
                return;
            }
            // After `::` the path goes on.
            Some(true) if colons => {
                self.operand_due = false;
                return;
            }
            _ => self.ty = None,
        }
        if word == "as" {
            self.ty = Some(false);
        }
        self.operand_due = BEFORE_OPERAND.iter().any(|w| word == w);
    }

    fn mark(&mut self, punct: &Punct, joined: Option<(char, bool)>, input: ParseStream<'_>) {
        let c = punct.as_char();
        let mut first = false;
        if self.angles == 0 && !self.params && self.ty.is_some() {
            let arrow = c == '-' && punct.spacing() == Spacing::Joint && input.peek(Token![>]);
            let goes_on = match c {
                // `&T`, `*const T`, `&'a T` before the first word.
                '&' | '*' | '\'' => self.ty == Some(false),
                // `::` inside a path, its arguments (opened below), and `->` (which starts
                // a type again below).
                ':' | '<' => true,
                _ => arrow,
            };
            if !goes_on {
                self.ty = None;
            }
        }
        match c {
            '<' => {
                let less_or_equal = punct.spacing() == Spacing::Joint && input.peek(Token![=]);
                let opens = self.angles > 0
                    || self.params
                    || self.ty.is_some()
                    || self.operand_due && joined != Some(('<', true));
                if opens && !less_or_equal {
                    self.angles += 1;
                    // A qualified path's type (`<T as Tr>`) has begun.
                    self.ty = self.ty.map(|_| true);
                } else {
                    first = joined != Some(('<', true));
                    self.ty = None;
                    self.operand_due = true;
                }
            }
            // `->` starts a type: a closure's or a function pointer's return type.
            '>' if matches!(joined, Some(('-', _))) => {
                if self.angles == 0 && !self.params {
                    self.ty = Some(false);
                }
            }
            // `=>` closes nothing.
            '>' if matches!(joined, Some(('=', _))) => self.operand_due = true,
            '>' if self.angles > 0 => {
                self.angles -= 1;
                self.operand_due = false;
                // After its arguments a type's path goes on only with `::`.
                if self.angles == 0 && self.ty.is_some() && !input.peek(Token![::]) {
                    self.ty = None;
                }
            }
            '|' if self.params && self.angles == 0 => {
                self.params = false;
                self.operand_due = true;
            }
            // A closure's parameters begin where an operand is due; `||` has none.
            '|' if self.operand_due && joined != Some(('|', true)) => self.params = true,
            '|' => {
                first = joined != Some(('|', true));
                self.operand_due = true;
            }
            '?' => self.operand_due = false,
            '#' => {
                self.pound = true;
                self.operand_due = true;
            }
            '\'' => self.quote = Some(self.operand_due),
            ':' => {
                self.colons = true;
                self.operand_due = true;
            }
            _ => self.operand_due = true,
        }
        self.joined = (punct.spacing() == Spacing::Joint).then_some((c, first));
    }
}

/// The name of a named field: the first word after its attributes (`#` and `[...]`) and its
/// visibility (`pub` and `(crate)`).
fn field_name(field: &[TokenTree]) -> Option<Ident> {
    flat(field.iter().cloned())
        .into_iter()
        .find_map(|token| match token {
            TokenTree::Ident(word) if word != "pub" => Some(word),
            _ => None,
        })
}

/// Splits a list at the commas outside angle brackets (`HashMap<K, V>` is one item); empty
/// items (after a trailing comma) are left out.
pub(crate) fn split(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut items = vec![Vec::new()];
    let mut depth = Depth::default();
    for token in tokens {
        if depth.top() && matches!(&token, TokenTree::Punct(p) if p.as_char() == ',') {
            items.push(Vec::new());
            continue;
        }
        depth.step(&token);
        if let Some(item) = items.last_mut() {
            item.push(token);
        }
    }
    items.retain(|item| !item.is_empty());
    items
}

/// How deep in angle brackets a walk of tokens is; the `>` of `->` closes nothing.
#[derive(Default)]
struct Depth {
    angles: usize,
    after_minus: bool,
}

impl Depth {
    fn step(&mut self, token: &TokenTree) {
        let TokenTree::Punct(punct) = token else {
            self.after_minus = false;
            return;
        };
        match punct.as_char() {
            '<' => self.angles += 1,
            '>' if !self.after_minus => self.angles = self.angles.saturating_sub(1),
            _ => {}
        }
        self.after_minus = punct.as_char() == '-' && punct.spacing() == Spacing::Joint;
    }

    fn top(&self) -> bool {
        self.angles == 0
    }

    /// Whether a `>` next would close the brackets the walk started inside.
    fn closes(&self) -> bool {
        self.top() && !self.after_minus
    }
}

/// An item's generic parameters and where clause.
#[derive(Default)]
pub(crate) struct Generics {
    /// Each parameter as written, without its default: `'a`, `T: Display`, `const N: usize`.
    params: Vec<TokenStream>,
    /// Each parameter's name: `'a`, `T`, `N`.
    names: Vec<TokenStream>,
    /// `where ...` as written, or nothing.
    where_clause: TokenStream,
}

impl Generics {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut generics = Generics::default();
        if input.peek(Token![<]) {
            input.parse::<Token![<]>()?;
            let mut list = TokenStream::new();
            let mut depth = Depth::default();
            loop {
                if depth.closes() && input.peek(Token![>]) {
                    input.parse::<Token![>]>()?;
                    break;
                }
                let token: TokenTree = input.parse()?;
                depth.step(&token);
                list.append(token);
            }
            for param in split(list) {
                let (name, param) = without_default(param);
                generics.names.push(name);
                generics.params.push(param);
            }
        }
        if input.peek(Token![where]) {
            let mut depth = Depth::default();
            // Up to the body: the braces (or, for a tuple struct, the rest) outside any `<>`.
            while !(input.is_empty() || depth.top() && input.peek(syn::token::Brace)) {
                let token: TokenTree = input.parse()?;
                depth.step(&token);
                generics.where_clause.append(token);
            }
            // `where` alone (which Rust allows) adds nothing.
            if generics.where_clause.clone().into_iter().nth(1).is_none() {
                generics.where_clause = TokenStream::new();
            }
        }
        Ok(generics)
    }

    /// The first parameter, as written.
    pub(crate) fn first(&self) -> Option<&TokenStream> {
        self.params.first()
    }

    /// What an impl for the item is written with: its parameters (`<'a, T: Display>`, or
    /// nothing), the item's arguments (`<'a, T>`, or nothing) and the where clause.
    pub(crate) fn split_for_impl(&self) -> (TokenStream, TokenStream, &TokenStream) {
        (
            angled(&self.params),
            angled(&self.names),
            &self.where_clause,
        )
    }

    /// The parameters without the angle brackets, each followed by a comma, for an impl
    /// with parameters of its own.
    pub(crate) fn params(&self) -> TokenStream {
        let params = &self.params;
        quote::quote!(#(#params,)*)
    }
}

fn angled(list: &[TokenStream]) -> TokenStream {
    if list.is_empty() {
        TokenStream::new()
    } else {
        quote::quote!(<#(#list),*>)
    }
}

/// A parameter's name, and the parameter without its default (`T: Display = String`).
fn without_default(param: Vec<TokenTree>) -> (TokenStream, TokenStream) {
    let mut kept = TokenStream::new();
    let mut depth = Depth::default();
    for token in param {
        if depth.top() && matches!(&token, TokenTree::Punct(p) if p.as_char() == '=') {
            break;
        }
        depth.step(&token);
        kept.append(token);
    }
    let mut tokens = flat(kept.clone()).into_iter();
    let mut name = TokenStream::new();
    while let Some(token) = tokens.next() {
        match token {
            // An attribute on the parameter.
            TokenTree::Punct(p) if p.as_char() == '#' => {
                tokens.next();
            }
            // A lifetime: `'` and its word.
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                name.append(TokenTree::Punct(p));
                name.extend(tokens.next());
                break;
            }
            TokenTree::Ident(word) if word == "const" => {}
            TokenTree::Ident(word) => {
                name.append(word);
                break;
            }
            _ => {}
        }
    }
    (name, kept)
}

/// A path such as `crate::AppStatus` or `::status_codes`, as the macros take it: words
/// joined by `::`, any generic arguments kept and noted.
pub(crate) struct Path {
    tokens: TokenStream,
    arguments: bool,
}

impl Path {
    /// Whether a segment has generic arguments (`Status<u8>`).
    pub(crate) fn has_arguments(&self) -> bool {
        self.arguments
    }
}

impl Parse for Path {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut tokens = TokenStream::new();
        let mut arguments = false;
        if input.peek(Token![::]) {
            input.parse::<Token![::]>()?.to_tokens(&mut tokens);
        }
        loop {
            // A keyword is not a path's word, but for the ones that name a module or a type.
            if input.peek(Token![crate])
                || input.peek(Token![self])
                || input.peek(Token![super])
                || input.peek(Token![Self])
            {
                Ident::parse_any(input)?.to_tokens(&mut tokens);
            } else {
                input.parse::<Ident>()?.to_tokens(&mut tokens);
            }
            if input.peek(Token![::]) && input.peek3(Token![<]) {
                input.parse::<Token![::]>()?.to_tokens(&mut tokens);
            }
            if input.peek(Token![<]) {
                arguments = true;
                let mut depth = Depth::default();
                loop {
                    let token: TokenTree = input.parse()?;
                    depth.step(&token);
                    tokens.append(token);
                    if depth.top() {
                        break;
                    }
                }
            }
            if !input.peek(Token![::]) {
                break;
            }
            input.parse::<Token![::]>()?.to_tokens(&mut tokens);
        }
        Ok(Path { tokens, arguments })
    }
}

impl ToTokens for Path {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn an_enum_is_read_with_its_generics_and_fields() {
        let item: Item = syn::parse2(quote! {
            /// Docs.
            #[derive(Debug)]
            pub(crate) enum Error<'a, T: Into<Vec<(u8, u16)>> + 'a = String, const N: usize = 3>
            where
                T: Fn(u8, u16) -> Option<u8>,
            {
                #[status(404)]
                Missing,
                Named { pub id: u64, map: std::collections::HashMap<u8, Vec<u8>>, f: fn() -> u8 },
                Tuple(#[source] Box<dyn std::error::Error + 'a>, &'a T, [u8; N]),
                Numbered = 1 << 3,
            }
        })
        .expect("an enum");
        assert_eq!(item.attrs.len(), 2);
        assert!(item.attrs[0].is("doc") && item.attrs[1].is("derive"));
        assert_eq!(item.attrs[0].text().as_deref(), Some(" Docs."));
        assert!(!item.vis.is_public());
        assert_eq!(item.ident, "Error");
        let text = |tokens: TokenStream| tokens.to_string();
        let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
        assert_eq!(
            text(impl_generics),
            text(quote!(<'a, T: Into<Vec<(u8, u16)>> + 'a, const N: usize>))
        );
        assert_eq!(text(ty_generics), text(quote!(<'a, T, N>)));
        assert_eq!(
            text(where_clause.clone()),
            text(quote!(where T: Fn(u8, u16) -> Option<u8>,))
        );
        let names: Vec<String> = item.variants.iter().map(|v| v.ident.to_string()).collect();
        assert_eq!(names, ["Missing", "Named", "Tuple", "Numbered"]);
        assert!(item.variants[0].attrs[0].is("status"));
        assert_eq!(
            item.variants[0].attrs[0].list().map(text),
            Some(text(quote!(404)))
        );
        match &item.variants[1].fields {
            Fields::Named(names) => assert_eq!(names, &["id", "map", "f"]),
            _ => panic!("named fields"),
        }
        assert!(matches!(item.variants[2].fields, Fields::Unnamed(3)));
        assert!(matches!(item.variants[3].fields, Fields::Unit));
    }

    #[test]
    fn braces_inside_angle_brackets_are_not_the_body() {
        let item: Item = syn::parse2(quote! {
            enum E<T, const N: usize> where T: Tr<{ N }>, [u8; N]: Sized {
                A { r#type: u8, #[serde(rename = "b", default)] b: T },
            }
        })
        .expect("an enum");
        assert_eq!(
            item.generics.split_for_impl().2.to_string(),
            quote!(where T: Tr<{ N }>, [u8; N]: Sized).to_string()
        );
        match &item.variants[0].fields {
            Fields::Named(names) => assert_eq!(names, &["r#type", "b"]),
            _ => panic!("named fields"),
        }
    }

    #[test]
    fn a_doc_passed_on_by_macro_rules_is_read() {
        // `#[doc = $text]` with `$text: expr` wraps the string in an invisible group.
        let text = proc_macro2::Group::new(Delimiter::None, quote!("Passed on."));
        let item: Item = syn::parse2(quote!(#[doc = #text] enum E {})).expect("an enum");
        assert_eq!(item.attrs[0].text().as_deref(), Some("Passed on."));
    }

    #[test]
    fn a_discriminant_ends_at_the_comma_outside_its_generic_arguments() {
        // From text, so that marks written together are joined as rustc joins them.
        let item: Item = syn::parse_str(
            "enum E {
                A = pick::<u8, u16>(),
                B = <u8 as Tr<u8, u16>>::V,
                C = <<u8 as Tr<u8, u16>>::W as Tr<u8, u16>>::V + 1,
                D = 1 << 2,
                E = if 1 < 2 { 3 } else { 4 },
                F = (1 > 2) as u8 + (3 >> 1),
                G = 2 <<<Foo<u8, u16> as Tr<u8, u16>>::V,
                H = X as Tr<u8, u16> + 1 <= 2,
                I = N < <u8 as Tr<u8, u16>>::V,
                I2 = <u8 as Tr<u8, u16>>::V < 3,
                J = f::<fn(u8, u16) -> u8>(),
                K,
            }",
        )
        .expect("an enum");
        let names: Vec<String> = item.variants.iter().map(|v| v.ident.to_string()).collect();
        assert_eq!(
            names,
            ["A", "B", "C", "D", "E", "F", "G", "H", "I", "I2", "J", "K"]
        );
    }

    #[test]
    fn fragments_of_macro_rules_are_looked_into() {
        // What `macro_rules!` passes on as `$m:meta`, `$v:vis` or `$l:lifetime` comes in an
        // invisible group.
        let none = |tokens: TokenStream| Group::new(Delimiter::None, tokens);
        let (meta, vis, lifetime) = (
            none(quote!(status(404))),
            none(quote!(pub)),
            none(quote!('a)),
        );
        let derive = none(quote!(derive(Clone, Debug)));
        let field_vis = none(quote!(pub(crate)));
        let item: Item = syn::parse2(quote! {
            #[#derive]
            #vis enum E<#lifetime, T> { #[#meta] A { #field_vis id: &#lifetime T } }
        })
        .expect("an enum");
        assert!(item.attrs[0].is("derive"));
        assert_eq!(
            item.attrs[0].list().map(|list| list.to_string()),
            Some(quote!(Clone, Debug).to_string())
        );
        assert!(item.vis.is_public());
        assert_eq!(
            item.generics.split_for_impl().1.to_string(),
            quote!(<'a, T>).to_string()
        );
        let variant = &item.variants[0];
        assert!(variant.attrs[0].is("status"));
        match &variant.fields {
            Fields::Named(names) => assert_eq!(names, &["id"]),
            _ => panic!("named fields"),
        }
    }

    #[test]
    fn a_struct_is_read_up_to_its_name() {
        let item: Item = syn::parse2(quote!(
            pub struct Point<T>(T, T)
            where
                T: Copy;
        ))
        .expect("a struct");
        assert_eq!(
            (item.kind.to_string(), item.ident.to_string()),
            ("struct".into(), "Point".into())
        );
        assert!(item.vis.is_public());
        let err = syn::parse2::<Item>(quote!(
            fn main() {}
        ))
        .err()
        .expect("not an item kind");
        assert_eq!(err.to_string(), "expected `struct`, `enum`, or `union`");
    }

    #[test]
    fn paths_keep_their_arguments() {
        let path: Path = syn::parse2(quote!(::crate_a::Status<u8>)).expect("a path");
        assert!(path.has_arguments());
        assert_eq!(
            path.to_token_stream().to_string(),
            quote!(::crate_a::Status<u8>).to_string()
        );
        let path: Path = syn::parse2(quote!(crate::codes::AppStatus)).expect("a path");
        assert!(!path.has_arguments());
        assert!(syn::parse2::<Path>(quote!(404)).is_err());
        assert!(syn::parse2::<Path>(quote!(fn)).is_err());
        assert!(syn::parse2::<Path>(quote!(a::fn)).is_err());
        assert!(syn::parse2::<Path>(quote!(self::super::A)).is_ok());
    }
}
