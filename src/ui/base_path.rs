//! [`BasePath`]: where the page lives in the host's addresses, the addresses below it, and what each
//! of them shows.

use std::sync::Arc;

use leptos_router::{PartialPathMatch, PathSegment, PossibleRouteMatch};

use crate::rules::base_path_problem::{base_path_problem, BasePathProblem};
use crate::rules::link_key::link_key;

/// Where the page lives in the host's address space, such as `/admin/settings/invite-links`.
///
/// Kept percent-decoded, and matched against addresses segment by segment, percent-decoded too: the
/// browser's `location.pathname` says `/%C3%A9quipe` where the host wrote `/équipe`. A path whose
/// links could lead off the page's origin is refused ([`BasePath::refused`]): the page then shows
/// why, and no view and no link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasePath(Arc<str>, Option<(Arc<str>, BasePathProblem)>);

impl BasePath {
    /// The base path `path`; slashes at either end do not matter, and `""` or `"/"` is the root.
    pub fn new(path: &str) -> Self {
        let decoded = percent_decoded(path);
        let refused = base_path_problem(path, &decoded).map(|problem| (Arc::from(path), problem));
        let trimmed = decoded.trim_matches('/');
        if trimmed.is_empty() {
            BasePath(Arc::from(""), refused)
        } else {
            BasePath(Arc::from(format!("/{trimmed}")), refused)
        }
    }

    /// The path as the host gave it and why it is refused, when it is.
    pub fn refused(&self) -> Option<(&str, BasePathProblem)> {
        self.1.as_ref().map(|(given, problem)| (&**given, *problem))
    }

    /// The base path of a page opened at `address` without one: the address itself, less a trailing
    /// `/links/<key>`, so that a page first opened at a link's details still lists every link at its
    /// base. (Only the element opens at an address it was not given a base for.)
    #[cfg_attr(not(feature = "embed"), allow(dead_code))]
    pub fn around(address: &str) -> Self {
        let trimmed = address.trim_end_matches('/');
        match trimmed.rsplit_once("/links/") {
            Some((base, key)) if !key.is_empty() && !key.contains('/') => BasePath::new(base),
            _ => BasePath::new(trimmed),
        }
    }

    /// Whether `path` is this base or below it, in whole segments: `/x` holds `/x/links/k`, not
    /// `/x-archive`.
    pub fn holds(&self, path: &str) -> bool {
        self.below(path).is_some()
    }

    /// What `path` shows. An address outside the base shows the list: the page's home, wherever
    /// the host puts it.
    pub fn screen_at(&self, path: &str) -> Screen {
        let Some(rest) = self.below(path) else {
            return Screen::List;
        };
        let rest = rest.trim_end_matches('/');
        if rest.is_empty() {
            return Screen::List;
        }
        match rest.strip_prefix("/links/") {
            Some(key) if !key.is_empty() && !key.contains('/') => Screen::Details(key.to_owned()),
            _ => Screen::Unknown,
        }
    }

    /// The address of the list of every link.
    pub fn list(&self) -> String {
        if self.0.is_empty() {
            "/".to_owned()
        } else {
            self.0.to_string()
        }
    }

    /// The address of the details of the link whose secret is `secret`.
    pub fn details(&self, secret: &str) -> String {
        format!("{}/links/{}", self.0, link_key(secret))
    }
}

impl BasePath {
    /// What follows the base in `path` (`""` or `/…`), when `path` is the base or below it: its
    /// first segments, as many as the base has, percent-decoded, are the base.
    fn below<'a>(&self, path: &'a str) -> Option<&'a str> {
        let segments = self.0.bytes().filter(|byte| *byte == b'/').count();
        let end = path
            .match_indices('/')
            .nth(segments)
            .map_or(path.len(), |(index, _)| index);
        (percent_decoded(&path[..end]) == *self.0).then(|| &path[end..])
    }
}

/// `text` percent-decoded, as `decodeURIComponent` decodes it; `text` as it is when it has an
/// escape that is not one (`/100%`) or bytes that are not UTF-8.
#[cfg(target_arch = "wasm32")]
fn percent_decoded(text: &str) -> String {
    js_sys::decode_uri_component(text).map_or_else(|_| text.to_owned(), String::from)
}

/// The same as the browser's, for the tests on the host.
#[cfg(not(target_arch = "wasm32"))]
fn percent_decoded(text: &str) -> String {
    let mut decoded = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte != b'%' {
            decoded.push(byte);
            rest = tail;
            continue;
        }
        let hex = tail
            .get(..2)
            .and_then(|pair| std::str::from_utf8(pair).ok());
        match hex.and_then(|pair| u8::from_str_radix(pair, 16).ok()) {
            Some(value) => decoded.push(value),
            None => return text.to_owned(),
        }
        rest = &tail[2..];
    }
    String::from_utf8(decoded).unwrap_or_else(|_| text.to_owned())
}

/// What an address shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Every link.
    List,
    /// The details of the link with this key.
    Details(String),
    /// Nothing: an address below the base that the page does not have.
    Unknown,
}

impl PossibleRouteMatch for BasePath {
    fn optional(&self) -> bool {
        false
    }

    fn test<'a>(&self, path: &'a str) -> Option<PartialPathMatch<'a>> {
        let rest = self.below(path)?;
        Some(PartialPathMatch::new(
            rest,
            Vec::new(),
            &path[..path.len() - rest.len()],
        ))
    }

    fn generate_path(&self, path: &mut Vec<PathSegment>) {
        path.extend(
            self.0
                .split('/')
                .filter(|segment| !segment.is_empty())
                .map(|segment| PathSegment::Static(segment.to_owned().into())),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_path_matches_itself_and_what_is_below_it_only() {
        let base = BasePath::new("/admin/settings/invite-links/");
        let matched = base.test("/admin/settings/invite-links/links/abc").unwrap();
        assert_eq!(matched.matched(), "/admin/settings/invite-links");
        assert_eq!(matched.remaining(), "/links/abc");
        assert!(base.test("/admin/settings/invite-links").is_some());
        assert!(base.test("/admin/settings/invite-linksX").is_none());
        assert!(base.test("/admin/settings").is_none());
    }

    #[test]
    fn a_base_with_spaces_or_accents_matches_the_address_the_browser_encodes() {
        let base = BasePath::new("/équipe/invite links");
        assert!(base.holds("/%C3%A9quipe/invite%20links"));
        assert_eq!(
            base.screen_at("/%C3%A9quipe/invite%20links/links/k1"),
            Screen::Details("k1".into())
        );
        assert!(!base.holds("/%C3%A9quipe/invite%20linksX"));
        let matched = base.test("/%c3%a9quipe/invite%20links/links/k").unwrap();
        assert_eq!(matched.matched(), "/%c3%a9quipe/invite%20links");
        assert_eq!(matched.remaining(), "/links/k");
        assert_eq!(BasePath::new("/a%20b"), BasePath::new("/a b"));
        assert_eq!(BasePath::around("/%C3%A9/links/k").list(), "/é");
        assert!(BasePath::new("/100%").holds("/100%"));
    }

    #[test]
    fn a_page_opened_at_a_details_address_keeps_its_base() {
        let base = BasePath::around("/admin/invites/links/0a1b2c3d4e5f6a7b");
        assert_eq!(base.list(), "/admin/invites");
        assert_eq!(BasePath::around("/admin/invites/").list(), "/admin/invites");
        assert_eq!(BasePath::around("/links/0a1b2c").list(), "/");
        assert_eq!(BasePath::around("/admin/links/").list(), "/admin/links");
        assert_eq!(
            BasePath::around("/a/links/k/more").list(),
            "/a/links/k/more"
        );
    }

    #[test]
    fn each_address_shows_the_list_a_details_view_or_nothing() {
        let base = BasePath::new("/x");
        assert_eq!(base.screen_at("/x"), Screen::List);
        assert_eq!(base.screen_at("/x/"), Screen::List);
        assert_eq!(base.screen_at("/x/links/k1"), Screen::Details("k1".into()));
        assert_eq!(base.screen_at("/x/links/k1/"), Screen::Details("k1".into()));
        assert_eq!(base.screen_at("/x/links/"), Screen::Unknown);
        assert_eq!(base.screen_at("/x/other"), Screen::Unknown);
        assert_eq!(base.screen_at("/x-archive/links/k1"), Screen::List);
        assert_eq!(base.screen_at("/host/page"), Screen::List);
        assert!(base.holds("/x/links/k1"));
        assert!(!base.holds("/x-archive"));
        let root = BasePath::new("/");
        assert_eq!(root.screen_at("/links/k2"), Screen::Details("k2".into()));
        assert!(root.holds("/anything"));
    }

    #[test]
    fn addresses_carry_the_key_never_the_secret() {
        let secret = "cf07ffa93508407b2248a50fd859a172";
        let base = BasePath::new("admin/invites");
        assert_eq!(base.list(), "/admin/invites");
        let details = base.details(secret);
        assert_eq!(
            details,
            format!("/admin/invites/links/{}", link_key(secret))
        );
        assert!(!details.contains(secret));
        assert_eq!(BasePath::new("/").list(), "/");
        assert!(BasePath::new("").details(secret).starts_with("/links/"));
    }
}
