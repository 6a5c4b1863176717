//! The built-in vendor specs: each builds alone next to IANA, all of them combine into one
//! enum without a collision, and every code is documented in both languages.

use status_codes::{Registration, Retry, status_enum};

/// Every built-in spec at once.
#[status_enum(spec = ["iana", "nginx", "cloudflare", "iis", "aws", "unofficial"])]
pub enum Everything {}

/// IANA and nginx.
#[status_enum(spec = ["iana", "nginx"])]
pub enum Nginx {}

/// IANA and Cloudflare.
#[status_enum(spec = ["iana", "cloudflare"])]
pub enum Cloudflare {}

/// IANA and Microsoft.
#[status_enum(spec = ["iana", "iis"])]
pub enum Iis {}

/// IANA and the AWS load balancer.
#[status_enum(spec = ["iana", "aws"])]
pub enum Aws {}

/// IANA and the shared unofficial codes.
#[status_enum(spec = ["iana", "unofficial"])]
pub enum Unofficial {}

/// IANA and a service's own spec for a code no built-in spec ships (the example of
/// spec/unofficial.yaml).
#[status_enum(spec = ["iana", "../tests/specs/laravel.yaml"])]
pub enum Laravel {}

/// A vendor spec alone, without IANA: none of its codes is cacheable.
#[status_enum(spec = "cloudflare")]
pub enum CloudflareOnly {}

/// The codes each vendor spec must define.
const VENDOR_CODES: &[(&str, &[u16])] = &[
    ("nginx", &[444, 494, 495, 496, 497, 499]),
    ("cloudflare", &[520, 521, 522, 523, 524, 525, 526, 530]),
    ("iis", &[440, 449, 450]),
    ("aws", &[460, 463, 464, 561]),
    ("unofficial", &[509, 598, 599]),
];

fn vendor_codes() -> impl Iterator<Item = u16> {
    VENDOR_CODES
        .iter()
        .flat_map(|(_, codes)| codes.iter().copied())
}

#[test]
fn every_vendor_code_is_in_the_combined_enum() {
    let iana = status_codes::StatusCode::ALL.len();
    assert_eq!(Everything::ALL.len(), iana + vendor_codes().count());
    for code in vendor_codes() {
        let status = Everything::known(code).unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(
            status.registration(),
            Some(Registration::Unofficial),
            "{code}"
        );
        assert!(
            status_codes::StatusCode::known(code).is_none(),
            "{code} is an IANA code"
        );
    }
    for code in status_codes::StatusCode::ALL {
        let ours = Everything::from(code.as_u16());
        assert_eq!(ours.name(), code.name());
        assert_eq!(ours.registration(), code.registration());
    }
}

#[test]
fn each_vendor_spec_builds_next_to_iana_alone() {
    let sizes = [
        Nginx::ALL.len(),
        Cloudflare::ALL.len(),
        Iis::ALL.len(),
        Aws::ALL.len(),
        Unofficial::ALL.len(),
    ];
    let iana = status_codes::StatusCode::ALL.len();
    for ((vendor, codes), size) in VENDOR_CODES.iter().zip(sizes) {
        assert_eq!(size, iana + codes.len(), "{vendor}");
    }
    assert_eq!(Nginx::from(499), Nginx::ClientClosedRequest);
    assert_eq!(Cloudflare::from(522), Cloudflare::ConnectionTimedOut);
    assert_eq!(Iis::from(440), Iis::LoginTimeout);
    assert_eq!(Aws::from(460), Aws::ClientClosedConnection);
    assert_eq!(Unofficial::from(509), Unofficial::BandwidthLimitExceeded);
    // A vendor's code is unknown to the enums that leave the vendor out.
    assert!(!Nginx::from(522).is_known());
    assert!(!Cloudflare::from(499).is_known());
}

#[test]
fn vendor_codes_are_documented_in_english_and_chinese() {
    for code in vendor_codes() {
        let status = Everything::from(code);
        for lang in ["en", "zh"] {
            let text = status.description_in(lang).unwrap_or_default();
            assert!(text.len() > 40, "{code} has no real {lang} description");
            assert!(
                status.title_in(lang).is_some(),
                "{code} has no {lang} title"
            );
        }
        assert!(status.reference().is_some(), "{code}");
    }
    for (vendor, codes) in VENDOR_CODES {
        for &code in codes.iter() {
            let link = Everything::from(code).link();
            // Only the codes nobody documents have no link.
            if !matches!(code, 450 | 509 | 598 | 599) {
                assert!(
                    link.is_some_and(|l| l.starts_with("https://")),
                    "{vendor} {code}"
                );
            }
        }
    }
}

#[test]
fn nginx_descriptions_say_what_the_client_receives_and_the_log_records() {
    // nginx answers these with 400 Bad Request and logs 400, not their own number
    // (ngx_http_special_response_handler sets err_status, which $status reads).
    for code in 494..=497 {
        let status = Everything::from(code);
        let en = status.description().unwrap_or_default();
        assert!(en.contains("receives 400 Bad Request"), "{code}: {en}");
        assert!(en.contains("the access log records 400"), "{code}: {en}");
        let zh = status.description_in("zh").unwrap_or_default();
        assert!(
            zh.contains("客户端收到的是 400 Bad Request"),
            "{code}: {zh}"
        );
        assert!(zh.contains("访问日志记录为 400"), "{code}: {zh}");
    }
    // And these with nothing at all; they are the two the log records as themselves.
    for code in [444, 499] {
        let status = Everything::from(code);
        let en = status.description().unwrap_or_default();
        assert!(en.contains("The client receives nothing"), "{code}: {en}");
        assert!(
            en.contains(&format!("the access log records {code}")),
            "{code}: {en}"
        );
        let zh = status.description_in("zh").unwrap_or_default();
        assert!(zh.contains("收不到任何响应"), "{code}: {zh}");
        assert!(
            zh.contains(&format!("访问日志记录为 {code}")),
            "{code}: {zh}"
        );
    }
    // A request line that is too long is 414, not 494.
    assert!(
        Everything::RequestHeaderTooLarge
            .description()
            .is_some_and(|d| d.contains("gets 414"))
    );
    // Nothing reaches the client, so there is no response to retry.
    assert!(!Everything::ClientClosedRequest.retry().is_retryable());
}

#[test]
fn cloudflare_wire_phrases_are_aliases_of_the_documented_titles() {
    // The phrase is the title of Cloudflare's docs page; the status line says otherwise.
    for (code, wire) in [
        (520, "Origin Error"),
        (521, "Origin Down"),
        (522, "Origin Connection Time-out"),
        (524, "Origin Time-out"),
        (525, "Origin SSL Handshake Error"),
    ] {
        let status = Cloudflare::from(code);
        assert!(
            status.aliases().contains(&wire),
            "{code}: {:?}",
            status.aliases()
        );
        assert_ne!(status.reason_phrase(), Some(wire), "{code}");
    }
    // 522 has two causes, and 530 comes with any 1xxx error, not only DNS: its docs page is
    // titled "Error 530", and "Origin DNS error" is the title of error 1016.
    let timed_out = Cloudflare::ConnectionTimedOut
        .description()
        .unwrap_or_default();
    assert!(timed_out.contains("19 seconds") && timed_out.contains("90 seconds"));
    let any_1xxx = Cloudflare::Error530;
    assert_eq!(any_1xxx.to_string(), "530 Error 530");
    assert!(!any_1xxx.reason_phrase().unwrap_or_default().contains("DNS"));
    let text = any_1xxx.description().unwrap_or_default();
    assert!(text.contains("1016") && text.contains("1033"));
    // Cloudflare sends Retry-After with the 1xxx errors it marks retryable (1033: 120 s).
    assert_eq!(any_1xxx.retry(), Retry::After);
    assert_eq!(any_1xxx.headers()[0].name, "Retry-After");
    assert!(text.contains("120 seconds"));
    // The docs' title of 520 says "returns"; the name used before is an alias.
    let unknown = Cloudflare::WebServerReturnsAnUnknownError;
    assert_eq!(
        unknown.reason_phrase(),
        Some("Web Server Returns an Unknown Error")
    );
    assert!(
        unknown
            .aliases()
            .contains(&"Web Server Returned an Unknown Error")
    );
    // 523 is also a routing problem, which may clear: a retry may succeed.
    assert_eq!(Cloudflare::OriginIsUnreachable.retry(), Retry::May);
    // Retried automatically only when idempotent: the origin may have done the work.
    for code in [520, 524] {
        let status = Cloudflare::from(code);
        assert!(status.retry().is_retryable(), "{code}");
        assert!(
            status
                .description()
                .is_some_and(|d| d.contains("idempotent")),
            "{code}"
        );
    }
}

#[test]
fn vendor_facts_follow_their_docs() {
    let retry_with = Everything::RetryWith;
    assert_eq!(retry_with.headers().len(), 1);
    assert_eq!(retry_with.headers()[0].name, "Ms-Echo-Request");
    // MS-WDV section 2.2.6 spells the phrase on the wire "Reply With".
    assert_eq!(retry_with.aliases(), ["Reply With"]);
    assert_eq!(retry_with.reference(), Some("MS-WDV, Section 2.2.6"));
    // The repeat MS-WDV requires adds Ms-Echo-Reply: a changed request, not a retry.
    assert!(!retry_with.retry().is_retryable());
    assert!(Everything::ConnectionTimedOut.retry().is_retryable());
    assert!(!Everything::InvalidSslCertificate.retry().is_retryable());
    assert_eq!(
        Everything::HttpRequestSentToHttpsPort.to_string(),
        "497 HTTP Request Sent to HTTPS Port"
    );
    assert_eq!(
        status_codes::status!(Everything, 521),
        Everything::WebServerIsDown
    );
}

#[test]
fn a_vendor_spec_builds_alone() {
    assert_eq!(CloudflareOnly::ALL.len(), 8);
    assert!(
        CloudflareOnly::ALL
            .iter()
            .all(|c| !c.is_heuristically_cacheable())
    );
    assert!(!CloudflareOnly::from(404).is_known());
    assert_eq!(CloudflareOnly::from(524), CloudflareOnly::ATimeoutOccurred);
}

#[test]
fn contested_codes_are_in_no_built_in_spec_and_a_service_spec_adds_them() {
    for code in [419, 420, 430, 498] {
        assert!(!Everything::from(code).is_known(), "{code}");
    }
    let expired = Laravel::from(419);
    assert_eq!(expired, Laravel::PageExpired);
    assert_eq!(expired.to_string(), "419 Page Expired");
    assert_eq!(expired.registration(), Some(Registration::Unofficial));
    assert_eq!(Laravel::ALL.len(), status_codes::StatusCode::ALL.len() + 1);
    // The recipe in spec/unofficial.yaml's header is this spec, line for line.
    let shown: Vec<&str> = include_str!("../spec/unofficial.yaml")
        .lines()
        .take_while(|line| !line.starts_with("# ---"))
        .filter_map(|line| line.strip_prefix("#   "))
        .collect();
    let tested: Vec<&str> = include_str!("specs/laravel.yaml")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    assert_eq!(shown, tested);
}

#[test]
fn aws_codes_follow_the_load_balancer_docs() {
    // Where each is seen: 460 only in the access log (the client has gone); the others
    // reach the client and the access log alike.
    let gone = Aws::ClientClosedConnection
        .description()
        .unwrap_or_default();
    assert!(gone.contains("only in the access log"), "{gone}");
    for status in [
        Aws::TooManyXForwardedForAddresses,
        Aws::IncompatibleProtocolVersion,
        Aws::IdpUnauthorized,
    ] {
        let text = status.description().unwrap_or_default();
        let code = status.as_u16();
        assert!(
            text.contains(&format!(
                "The client receives {code} and the access log records"
            )),
            "{code}: {text}"
        );
        assert!(
            status
                .description_in("zh")
                .is_some_and(|t| t.contains("访问日志")),
            "{code}"
        );
    }
    assert!(
        Aws::TooManyXForwardedForAddresses
            .description()
            .is_some_and(|d| d.contains("30"))
    );
    // 561 keeps the docs' name as its phrase, under a variant name of its own.
    assert_eq!(Everything::IdpUnauthorized.to_string(), "561 Unauthorized");
    assert_eq!(Everything::Unauthorized.as_u16(), 401);
    for code in [460, 463, 464, 561] {
        let status = Aws::from(code);
        assert!(!status.retry().is_retryable(), "{code}");
        assert!(
            status.link().is_some_and(|l| l.starts_with(
                "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-"
            )),
            "{code}"
        );
    }
    // AWS's 460 and 561 are unknown to the enums without `aws`.
    assert!(!Nginx::from(460).is_known() && !Cloudflare::from(561).is_known());
}

#[test]
fn vendor_titles_and_sources_are_consistent() {
    // Cloudflare's titles name the origin, so 522 does not read like 599.
    for code in [520, 521, 522, 523, 524, 525, 526] {
        let title = Cloudflare::from(code).title_in("zh").unwrap_or_default();
        assert!(title.starts_with("源站"), "{code}: {title}");
    }
    // nginx's 495 and 496 are about the client's certificate.
    for code in [495, 496] {
        let title = Nginx::from(code).title_in("zh").unwrap_or_default();
        assert!(title.contains("客户端"), "{code}: {title}");
    }
    // Every unofficial and Microsoft code names a source that can be opened.
    let vendors = Everything::ALL
        .iter()
        .filter(|s| s.registration() == Some(Registration::Unofficial));
    for status in vendors {
        assert!(status.link().is_some(), "{status}");
    }
    // A read timeout behind a proxy is like 504: the server behind may have done the work.
    let read_timeout = Unofficial::from(598).description().unwrap_or_default();
    assert!(read_timeout.contains("automatically only for idempotent requests"));
    // 440 is named as Microsoft's pages spell it; the older spelling is an alias.
    assert_eq!(Iis::LoginTimeout.to_string(), "440 Login Timeout");
    assert!(Iis::LoginTimeout.aliases().contains(&"Login Time-out"));
}
