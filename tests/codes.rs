//! The built-in `StatusCode` against the IANA registry, RFC 9110, and every `u16`.

use std::collections::{BTreeMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::mem::size_of;

use status_codes::{Content, Registration, Requirement, Retry, StatusClass, StatusCode};

/// The IANA registry as published (code, description, reference), kept beside the tests.
const REGISTRY: &str = include_str!("data/iana-registry.csv");
/// The spec the enum was generated from, read here independently of the macro.
const SPEC: &str = include_str!("../spec/iana.yaml");

fn registry() -> BTreeMap<u16, String> {
    REGISTRY
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (code, rest) = line.split_once(',')?;
            let (phrase, _) = rest.split_once(',')?;
            let code = code.parse().ok()?; // ranges such as 105-199 are unassigned
            (phrase != "Unassigned").then(|| (code, phrase.to_owned()))
        })
        .collect()
}

fn spec() -> serde_yaml::Mapping {
    let doc: serde_yaml::Value = serde_yaml::from_str(SPEC).expect("spec/iana.yaml is valid YAML");
    doc["codes"].as_mapping().expect("spec has codes").clone()
}

#[test]
fn every_u16_round_trips() {
    for n in 0..=u16::MAX {
        let status = StatusCode::from(n);
        assert_eq!(status.as_u16(), n);
        assert_eq!(u16::from(status), n);
        assert_eq!(status, n);
        assert_eq!(StatusCode::from_u16(n), status);
        assert_eq!(StatusCode::known(n), status.is_known().then_some(status));
        assert_eq!(status.class(), StatusClass::of(n));
        assert_eq!(status.is_informational(), (100..200).contains(&n));
        assert_eq!(status.is_success(), (200..300).contains(&n));
        assert_eq!(status.is_redirection(), (300..400).contains(&n));
        assert_eq!(status.is_client_error(), (400..500).contains(&n));
        assert_eq!(status.is_server_error(), (500..600).contains(&n));
        assert_eq!(status.is_error(), (400..600).contains(&n));
        let text = n.to_string();
        assert_eq!(text.parse::<StatusCode>(), Ok(status));
        if !status.is_known() {
            assert_eq!(status.to_string(), text);
            assert_eq!(status.reason_phrase(), None);
            assert_eq!(status.description(), None);
            assert_eq!(format!("{status:?}"), format!("Unknown({n})"));
        }
    }
}

#[test]
fn the_catch_all_never_holds_a_defined_code() {
    let defined: HashSet<u16> = StatusCode::ALL.iter().map(|s| s.as_u16()).collect();
    for n in 0..=u16::MAX {
        assert_eq!(
            matches!(StatusCode::from(n), StatusCode::Unknown(_)),
            !defined.contains(&n),
            "{n}"
        );
    }
    match StatusCode::from(599) {
        StatusCode::Unknown(code) => {
            // One catch-all type for every status enum, named after none of them.
            let code: status_codes::UnknownCode<StatusCode> = code;
            assert_eq!(code.get(), 599);
            assert_eq!(
                (code.to_string(), format!("{code:?}")),
                ("599".into(), "599".into())
            );
        }
        other => panic!("599 is unassigned, got {other:?}"),
    }
}

#[test]
fn equality_hashing_and_order_follow_the_number() {
    let hasher = RandomState::new();
    let sample: Vec<u16> = (0..=1000).chain([0, 1, 4040, 65535]).collect();
    for &a in &sample {
        let sa = StatusCode::from(a);
        assert_eq!(hasher.hash_one(sa), hasher.hash_one(a));
        for &b in sample.iter().step_by(7) {
            let sb = StatusCode::from(b);
            assert_eq!(sa == sb, a == b);
            assert_eq!(sa.cmp(&sb), a.cmp(&b), "{a} vs {b}");
        }
    }
}

#[test]
fn fits_in_four_bytes() {
    assert_eq!(size_of::<status_codes::UnknownCode<StatusCode>>(), 2);
    assert!(size_of::<StatusCode>() <= 4, "{}", size_of::<StatusCode>());
    assert!(
        size_of::<Option<StatusCode>>() <= 4,
        "{}",
        size_of::<Option<StatusCode>>()
    );
}

#[test]
fn covers_exactly_the_iana_registry() {
    let registry = registry();
    let ours: BTreeMap<u16, &str> = StatusCode::ALL
        .iter()
        .map(|s| (s.as_u16(), s.reason_phrase().expect("known")))
        .collect();
    assert_eq!(
        ours.keys().collect::<Vec<_>>(),
        registry.keys().collect::<Vec<_>>()
    );
    for (code, phrase) in &registry {
        let status = StatusCode::from(*code);
        if phrase == "(Unused)" {
            // A note of the registry, not a phrase: the phrase is the one implementations
            // send, and the registry's entry is an alias.
            assert_eq!(
                status.registration(),
                Some(Registration::Reserved),
                "{code}"
            );
            assert!(status.aliases().contains(&"(Unused)"), "{code}");
            assert!(
                status
                    .description()
                    .is_some_and(|d| d.contains("the registry lists it as (Unused)")),
                "{code}"
            );
        } else {
            assert_eq!(ours[code], phrase, "phrase of {code}");
        }
    }
    assert_eq!(StatusCode::Unused418.to_string(), "418 I'm a teapot");
    assert_eq!(StatusCode::Unused306.to_string(), "306 Switch Proxy");
    // RFC 9110 renamed these; the older names survive as aliases.
    assert_eq!(
        StatusCode::ContentTooLarge.reason_phrase(),
        Some("Content Too Large")
    );
    assert_eq!(
        StatusCode::UnprocessableContent.reason_phrase(),
        Some("Unprocessable Content")
    );
    assert_eq!(StatusCode::UriTooLong.reason_phrase(), Some("URI Too Long"));
    assert_eq!(
        StatusCode::RangeNotSatisfiable.reason_phrase(),
        Some("Range Not Satisfiable")
    );
    assert!(
        StatusCode::ContentTooLarge
            .aliases()
            .contains(&"Payload Too Large")
    );
    assert!(
        StatusCode::UnprocessableContent
            .aliases()
            .contains(&"Unprocessable Entity")
    );
}

#[test]
fn all_is_ascending_and_complete() {
    assert!(
        StatusCode::ALL
            .windows(2)
            .all(|w| w[0].as_u16() < w[1].as_u16())
    );
    assert_eq!(StatusCode::ALL.len(), spec().len());
    assert_eq!(StatusCode::LANGUAGES, ["en", "zh"]);
}

#[test]
fn every_code_matches_its_spec_entry() {
    for (key, entry) in spec() {
        let code = key.as_u64().expect("numeric key") as u16;
        let status = StatusCode::known(code).expect("spec code has a variant");
        let text = |field: &str, lang: &str| entry[field][lang].as_str().map(str::to_owned);
        assert_eq!(status.reason_phrase(), entry["phrase"].as_str(), "{code}");
        assert_eq!(
            status.description().map(str::to_owned),
            text("description", "en"),
            "{code}"
        );
        for lang in ["en", "zh"] {
            let description = status.description_in(lang).unwrap_or_default();
            assert!(
                !description.trim().is_empty(),
                "{code} has no {lang} description"
            );
            assert_eq!(Some(description.to_owned()), text("description", lang));
        }
        assert_eq!(
            status.title_in("zh").map(str::to_owned),
            text("title", "zh"),
            "{code}"
        );
        assert_eq!(status.title_in("en"), status.reason_phrase());
        assert_eq!(status.description_in("fr"), None);
        assert_eq!(
            status.to_string(),
            format!("{code} {}", entry["phrase"].as_str().unwrap_or_default())
        );
        assert_eq!(status.class(), StatusClass::of(code));
        assert_eq!(status.reference(), entry["reference"].as_str(), "{code}");
        let link = status.link().expect("every IANA code has a link");
        assert!(link.starts_with("https://"), "{code}: {link}");
        if let Some(section) = status.reference().and_then(|r| r.split("Section ").nth(1)) {
            assert!(
                link.ends_with(&format!("#section-{section}")),
                "{code}: {link}"
            );
        }
        assert!(status.registration().is_some());
        assert!(status.name().is_some_and(|n| format!("{status:?}") == n));
    }
}

#[test]
fn rfc_9110_facts() {
    let cacheable: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|s| s.is_heuristically_cacheable())
        .map(|s| s.as_u16())
        .collect();
    // RFC 9110 section 15.1, plus 451 from RFC 7725 section 3.
    assert_eq!(
        cacheable,
        [
            200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501
        ]
    );

    for status in StatusCode::ALL {
        let expected = match status.as_u16() {
            100..=199 | 204 | 304 => Content::None,
            205 => Content::Empty,
            _ => Content::Allowed,
        };
        assert_eq!(status.content(), expected, "{status}");
        if status.as_u16() < 400 {
            assert_eq!(status.retry(), Retry::NotApplicable, "{status}");
        }
    }
    assert_eq!(StatusCode::from(150).content(), Content::None);
    assert_eq!(StatusCode::from(250).content(), Content::Allowed);

    let must = |s: StatusCode, name: &str| {
        s.headers()
            .iter()
            .any(|h| h.name == name && h.requirement == Requirement::Must)
    };
    assert!(must(StatusCode::Unauthorized, "WWW-Authenticate"));
    assert!(must(StatusCode::MethodNotAllowed, "Allow"));
    assert!(must(
        StatusCode::ProxyAuthenticationRequired,
        "Proxy-Authenticate"
    ));
    assert!(must(StatusCode::SwitchingProtocols, "Upgrade"));
    assert!(must(StatusCode::UpgradeRequired, "Upgrade"));
    assert!(
        StatusCode::MovedPermanently
            .headers()
            .iter()
            .any(|h| h.name == "Location")
    );
    assert!(
        StatusCode::ServiceUnavailable
            .headers()
            .iter()
            .any(|h| h.name == "Retry-After")
    );

    assert_eq!(StatusCode::RequestTimeout.retry(), Retry::May);
    assert_eq!(StatusCode::TooManyRequests.retry(), Retry::After);
    assert_eq!(StatusCode::ServiceUnavailable.retry(), Retry::After);
    assert_eq!(StatusCode::BadRequest.retry(), Retry::Never);
    assert_eq!(StatusCode::NotFound.retry(), Retry::Never);
    assert!(!StatusCode::NotFound.retry().is_retryable());

    assert_eq!(
        StatusCode::UploadResumptionSupported.registration(),
        Some(Registration::Temporary)
    );
    assert_eq!(
        StatusCode::Unused306.registration(),
        Some(Registration::Reserved)
    );
    assert_eq!(
        StatusCode::Unused418.registration(),
        Some(Registration::Reserved)
    );
    assert_eq!(
        StatusCode::NotExtended.registration(),
        Some(Registration::Obsolete)
    );
    assert_eq!(
        StatusCode::UseProxy.registration(),
        Some(Registration::Deprecated)
    );
    assert_eq!(StatusCode::Ok.registration(), Some(Registration::Permanent));
}

#[test]
fn display_and_parse() {
    assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
    assert_eq!(
        StatusCode::HttpVersionNotSupported.to_string(),
        "505 HTTP Version Not Supported"
    );
    assert_eq!(StatusCode::from(599).to_string(), "599");
    assert_eq!(format!("[{:>16}]", StatusCode::Ok), "[          200 OK]");
    assert_eq!("404".parse::<StatusCode>(), Ok(StatusCode::NotFound));
    for bad in ["", "x", "-1", "4 04", "70000", "0404", "404abc", "４０４"] {
        assert!(bad.parse::<StatusCode>().is_err(), "{bad:?}");
    }
    assert_eq!(format!("{:?}", StatusCode::NotFound), "NotFound");
}

#[test]
fn status_macro_names_variants_at_compile_time() {
    const CREATED: StatusCode = status_codes::status!(201);
    assert_eq!(CREATED, StatusCode::Created);
    assert_eq!(status_codes::status!(404), StatusCode::NotFound);
    assert_eq!(status_codes::status!(404u16), StatusCode::NotFound);
    assert_eq!(
        status_codes::status!(0x1F4),
        StatusCode::InternalServerError
    );
    for status in StatusCode::ALL {
        assert!(status.is_known());
    }
}

/// Sentences of the IANA spec that reviews checked against their sources (issue 19).
#[test]
fn texts_say_no_more_than_their_sources() {
    let text = |status: StatusCode, lang: &str| status.description_in(lang).unwrap_or_default();
    // A temporary registration's text names no expiry date that goes stale.
    let upload = text(StatusCode::UploadResumptionSupported, "en");
    assert!(!upload.contains("2026") && upload.contains("check the registry"));
    // 403: RFC 9110 section 15.5.4 says "SHOULD NOT automatically repeat".
    assert!(text(StatusCode::Forbidden, "en").contains("should not repeat it automatically"));
    // 423: RFC 4918 section 11.3 names both conditions and promises no success.
    let locked = text(StatusCode::Locked, "en");
    assert!(locked.contains("lock-token-submitted") && locked.contains("no-conflicting-lock"));
    assert!(!text(StatusCode::Locked, "zh").contains("即可成功"));
    // 307 and 308: a user agent may follow; if it does automatically, the method stays.
    for status in [StatusCode::TemporaryRedirect, StatusCode::PermanentRedirect] {
        let redirect = text(status, "en");
        assert!(
            redirect.contains("A user agent may follow the redirect"),
            "{status}"
        );
        assert!(!redirect.contains("client must resend"), "{status}");
    }
    // Server errors retried automatically only when idempotent, in the same words.
    for status in [
        StatusCode::InternalServerError,
        StatusCode::BadGateway,
        StatusCode::GatewayTimeout,
    ] {
        assert!(
            text(status, "en").contains("automatically only for idempotent requests"),
            "{status}"
        );
    }
    // 511: once the user has logged in, the same request may succeed.
    assert_eq!(
        StatusCode::NetworkAuthenticationRequired.retry(),
        Retry::May
    );
    assert_eq!(
        StatusCode::MisdirectedRequest.title_in("zh"),
        Some("请求定向错误")
    );
}
