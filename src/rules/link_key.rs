//! The key that names a link in the app's own addresses (`…/links/<key>`).
//!
//! The secret is the credential: whoever holds it can join. It must never appear in the address bar,
//! the history or a `Referer`, so addresses carry this key instead: 64 bits of a hash of the secret,
//! enough to tell links apart and far too few to recover the secret from.

/// The address key of the link whose secret is `secret`: 16 lowercase hex characters.
pub fn link_key(secret: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = secret.bytes().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::link_key;

    #[test]
    fn the_key_is_stable_short_and_never_contains_the_secret() {
        let secret = "cf07ffa93508407b2248a50fd859a172";
        let key = link_key(secret);
        assert_eq!(key, link_key(secret));
        assert_eq!(key.len(), 16);
        assert!(key.chars().all(|c| c.is_ascii_hexdigit()));
        assert!(!secret.contains(&key) && !key.contains(&secret[..8]));
    }

    #[test]
    fn different_secrets_get_different_keys() {
        assert_ne!(
            link_key("cf07ffa93508407b2248a50fd859a172"),
            link_key("cf07ffa93508407b2248a50fd859a173")
        );
    }
}
