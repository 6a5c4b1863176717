//! The hot operations allocate nothing: conversions, phrases, parsing, predicates, and
//! `Display` into a buffer that already has room.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

use status_codes::StatusCode;

/// Counts the allocations of each thread, so that the test harness's own threads do not count.
struct Counting;

thread_local! {
    // `const` and without a destructor: reading it never allocates.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: forwards to the system allocator unchanged; only counts calls.
#[allow(unsafe_code)] // a global allocator cannot be written without it; this is test code
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller upholds `alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above, that is, from `System`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn the_counter_sees_allocations() {
    let before = allocations();
    let text = std::hint::black_box(String::from("404 Not Found"));
    assert!(
        allocations() > before,
        "the counting allocator did not see {text:?}"
    );
}

#[test]
fn hot_operations_do_not_allocate() {
    let texts: Vec<String> = (0..=999u16).map(|n| n.to_string()).collect();
    let mut buf = String::with_capacity(128);
    let before = allocations();
    let mut checksum = 0usize;
    for (n, text) in (0..=999u16).zip(&texts) {
        let status = StatusCode::from(n);
        checksum += usize::from(status.as_u16());
        checksum += status.reason_phrase().map_or(0, str::len);
        checksum += usize::from(status.is_success() || status.is_error());
        checksum += status.description_in("zh").map_or(0, str::len);
        checksum += usize::from(text.parse::<StatusCode>() == Ok(status));
        buf.clear();
        let _ = write!(buf, "{status}");
        checksum += buf.len();
    }
    let after = allocations();
    assert!(checksum > 0);
    assert_eq!(
        after - before,
        0,
        "the hot operations allocated {} times",
        after - before
    );
}

#[test]
fn negotiating_a_language_does_not_allocate() {
    let hostile = "zh-Hant-TW;q=0.5, ".repeat(4000);
    let headers = [
        "zh-CN,zh;q=0.9,en;q=0.8",
        "en;q=0.5, zh",
        "*",
        "zh;q=0, *",
        "ceci n'est pas un en-tête",
        hostile.as_str(),
    ];
    let available = ["en", "zh", "zh-Hant"];
    let before = allocations();
    let mut checksum = 0usize;
    for header in headers {
        checksum += status_codes::negotiate::lookup(header, &available).len();
    }
    let after = allocations();
    assert!(checksum > 0);
    assert_eq!(
        after - before,
        0,
        "negotiation allocated {} times",
        after - before
    );
}
