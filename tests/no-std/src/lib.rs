//! Uses status-codes in a `#![no_std]` crate. The panic handler is the proof: if anything in
//! the dependency graph linked `std`, it would clash with std's own (`duplicate lang item`),
//! so this crate builds only while status-codes, the generated code and the derive stay
//! `no_std`. Built by .ci/run; `--features std` shows the failure.
#![no_std]
#![deny(warnings, missing_docs)]

use status_codes::{HttpStatus, ParseStatusError, StatusCode, status, status_enum};

/// IANA, nginx and a service's own codes, from a spec file next to this crate.
#[status_enum(spec = ["iana", "nginx", "../specs/payments.yaml"])]
pub enum ProxyStatus {}

/// Errors of a device's HTTP server, mapped to codes at compile time.
#[derive(Debug, HttpStatus)]
#[status(enum = ProxyStatus)]
pub enum DeviceError {
    /// No such sensor.
    #[status(404)]
    NoSensor {
        /// The sensor asked for.
        id: u8,
    },
    /// The client went away.
    #[status(499)]
    Gone,
    /// The card was declined.
    #[status(460)]
    Declined,
}

/// A code checked at compile time.
pub const TEAPOT: StatusCode = status!(418);

/// The reason phrase of a number, if the registry has it.
pub fn phrase(code: u16) -> Option<&'static str> {
    StatusCode::from(code).reason_phrase()
}

/// Parses a code from text.
pub fn parse(text: &str) -> Result<ProxyStatus, ParseStatusError> {
    text.parse()
}

/// The status line's code and phrase of an error, without allocating.
pub fn status_of(error: &DeviceError) -> (u16, &'static str) {
    let status = error.status();
    (status.as_u16(), status.reason_phrase().unwrap_or(""))
}

/// Writes a code the way `Display` does, into a fixed buffer.
pub fn write_status(status: ProxyStatus, out: &mut [u8]) -> usize {
    struct Buf<'a>(&'a mut [u8], usize);
    impl core::fmt::Write for Buf<'_> {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let end = self.1 + s.len();
            let dst = self.0.get_mut(self.1..end).ok_or(core::fmt::Error)?;
            dst.copy_from_slice(s.as_bytes());
            self.1 = end;
            Ok(())
        }
    }
    let mut buf = Buf(out, 0);
    match core::fmt::write(&mut buf, format_args!("{status}")) {
        Ok(()) => buf.1,
        Err(_) => 0,
    }
}

/// Serializes with serde, whose impls must be `no_std` as well.
#[cfg(feature = "serde")]
pub fn serialize<S: serde::Serializer>(status: ProxyStatus, s: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&status, s)
}

/// Deserializes a code with serde.
#[cfg(feature = "serde")]
pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<ProxyStatus, D::Error> {
    serde::Deserialize::deserialize(d)
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
