//! [`BasePath`]: where the page lives in the host's addresses, and the addresses below it.

use std::sync::Arc;

use leptos_router::{PartialPathMatch, PathSegment, PossibleRouteMatch};

use crate::link_key::link_key;

/// Where the page lives in the host's address space, such as `/admin/settings/invite-links`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasePath(Arc<str>);

impl BasePath {
    /// The base path `path`; slashes at either end do not matter, and `""` or `"/"` is the root.
    pub fn new(path: &str) -> Self {
        let trimmed = path.trim_matches('/');
        if trimmed.is_empty() {
            BasePath(Arc::from(""))
        } else {
            BasePath(Arc::from(format!("/{trimmed}")))
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

    /// The base for a router of the page's own: the router then matches addresses below it, and leaves
    /// clicks on the host's other links to the browser. Empty at the root.
    pub fn router_base(&self) -> String {
        self.0.to_string()
    }

    /// The address of the details of the link whose secret is `secret`.
    pub fn details(&self, secret: &str) -> String {
        format!("{}/links/{}", self.0, link_key(secret))
    }
}

impl PossibleRouteMatch for BasePath {
    fn optional(&self) -> bool {
        false
    }

    fn test<'a>(&self, path: &'a str) -> Option<PartialPathMatch<'a>> {
        let rest = path.strip_prefix(&*self.0)?;
        (rest.is_empty() || rest.starts_with('/'))
            .then(|| PartialPathMatch::new(rest, Vec::new(), &path[..self.0.len()]))
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
