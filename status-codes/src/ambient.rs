//! What [`ProblemLayer`](crate::ProblemLayer) knows of the request being answered, for the
//! problems made while its handler runs: the language negotiated once for the request, and
//! what the layer adds to every problem. Without the `axum` feature there is no layer, and a
//! problem is in English.
//!
//! The layer puts its request's [`Ambient`] in a thread-local slot while it polls the inner
//! service (and takes it back after each poll), so the slot holds the request whose handler
//! is running on this thread; a problem made on another task, which the handler spawned,
//! sees none and is in English, and says so in `Content-Language`, unless the handler hands
//! the language over ([`ProblemLayer::request_language`](crate::ProblemLayer::request_language)).

/// The language of a problem made without one: the request's under
/// [`ProblemLayer`](crate::ProblemLayer), else English.
pub(crate) fn language() -> &'static str {
    #[cfg(feature = "axum")]
    if let Some(language) = with(Ambient::language) {
        return language;
    }
    "en"
}

/// The request's part of every problem answered while its handler runs.
#[cfg(feature = "axum")]
#[derive(Clone, Debug)]
pub(crate) struct Ambient {
    /// The request's `Accept-Language`, negotiated when the first problem needs it, so that
    /// a request answered without a problem pays for a reference count only.
    pub(crate) accept: Option<http::HeaderValue>,
    /// The languages to negotiate among.
    pub(crate) languages: &'static [&'static str],
    /// The language negotiated, once known.
    pub(crate) negotiated: Option<&'static str>,
    /// Whether problems carry the `description` extension.
    pub(crate) describe: bool,
    /// The request's path, for the `instance` member, when the layer sets it.
    pub(crate) path: Option<http::uri::PathAndQuery>,
}

#[cfg(feature = "axum")]
std::thread_local! {
    static AMBIENT: core::cell::Cell<Option<Ambient>> = const { core::cell::Cell::new(None) };
}

#[cfg(feature = "axum")]
impl Ambient {
    /// The language of the request: negotiated on the first call, remembered after.
    pub(crate) fn language(&mut self) -> &'static str {
        if let Some(language) = self.negotiated {
            return language;
        }
        let accept = self.accept.as_ref().and_then(|value| value.to_str().ok());
        let language = crate::negotiate::lookup(accept.unwrap_or_default(), self.languages);
        self.negotiated = Some(language);
        language
    }
}

/// `f` of the request being answered on this thread, if a layer set one.
#[cfg(feature = "axum")]
pub(crate) fn with<R>(f: impl FnOnce(&mut Ambient) -> R) -> Option<R> {
    AMBIENT
        .try_with(|slot| {
            let mut ambient = slot.take();
            let result = ambient.as_mut().map(f);
            slot.set(ambient);
            result
        })
        .ok()
        .flatten()
}

/// Puts `ambient` in this thread's slot and gives back what was there.
#[cfg(feature = "axum")]
pub(crate) fn replace(ambient: Option<Ambient>) -> Option<Ambient> {
    // A thread being torn down has no slot; nothing is lost but the language.
    AMBIENT
        .try_with(|slot| slot.replace(ambient))
        .unwrap_or(None)
}

/// `problem` with what the layer of the request adds: the `description` member if the layer
/// asks for it, the request's path as `instance` unless the problem has one.
#[cfg(feature = "axum")]
pub(crate) fn complete(problem: crate::Problem) -> crate::Problem {
    let Some((describe, path)) = with(|ambient| (ambient.describe, ambient.path.clone())) else {
        return problem;
    };
    ambient_parts(problem, describe, path)
}

/// `problem` with the `description` member if `describe`, and `path` as `instance` unless
/// the problem has one.
#[cfg(feature = "axum")]
pub(crate) fn ambient_parts(
    mut problem: crate::Problem,
    describe: bool,
    path: Option<http::uri::PathAndQuery>,
) -> crate::Problem {
    if describe {
        problem = problem.with_description();
    }
    if let Some(path) = path
        && problem.instance().is_none()
    {
        problem = problem.with_instance(alloc::string::String::from(path.path()));
    }
    problem
}
