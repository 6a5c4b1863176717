//! The fields of a code's entry in a spec, declared once.
//!
//! [`code_fields!`] hands the list to a macro of the stage that needs it, and each stage
//! builds its part from the list:
//! - `valid::entry`: the entry as read (every field optional, with its place), the field
//!   names a spec may write, and the reading (each field through its reader in `valid::read`);
//! - `valid::merge`: an override keeps every field it leaves out from the code it replaces;
//! - `model`: the checked [`Code`](crate::model::Code), and `valid::rules::complete`, which
//!   makes one from a merged entry: a `required` field is there (its absence was reported
//!   when the entry was read), an `optional` one stays an `Option`, an `or(value)` one takes
//!   `value` where no spec gives it;
//! - `expand::data`: the row of the generated table (`status_codes::__private::Entry`, whose
//!   fields have these Rust names).
//!
//! A new field is a line here, its reader (often one that exists: `boolean`, `word`,
//! `text`), the field of the runtime `Entry` and its accessor (`status-codes/src/entry.rs`),
//! and its description in the spec format and the JSON Schema.

/// Calls `$then!` with every field: `"yaml name" rust_name: Type = reader => kind;`.
macro_rules! code_fields {
    ($then:ident) => {
        $then! {
            "phrase" phrase: String = read::phrase => required;
            "name" name: String = read::name => required;
            "aliases" aliases: Vec<String> = read::aliases => or(Vec::new());
            "title" titles: Vec<(String, String)> = read::languages => or(Vec::new());
            "description" descriptions: Vec<(String, String)> = read::languages => required;
            "reference" reference: String = read::text => required;
            "link" link: String = read::link => optional;
            "status" registration: Registration = read::word => or(crate::vocab::Registration::Permanent);
            "cacheable" cacheable: bool = read::boolean => or(false);
            "content" content: Content = read::word => optional;
            "headers" headers: Vec<HeaderRule> = read::headers => or(Vec::new());
            "retry" retry: Retry = read::word => optional;
            "key" key: String = read::key => optional;
            "problem" problem_type: String = read::problem_type => optional;
        }
    };
}

/// The type a checked code holds for a field of `kind`.
macro_rules! checked_type {
    (required, $ty:ty) => { $ty };
    (optional, $ty:ty) => { Option<$ty> };
    (or, $ty:ty) => { $ty };
}

/// The value a checked code takes from a merged entry's field of `kind`; `?` for a required
/// field, which makes the whole code `None` when it is missing.
macro_rules! checked_value {
    (required, $field:expr) => {
        $field?.value
    };
    (optional, $field:expr) => {
        $field.map(|f| f.value)
    };
    (or($default:expr), $field:expr) => {
        match $field {
            Some(f) => f.value,
            None => $default,
        }
    };
}

pub(crate) use {checked_type, checked_value, code_fields};
