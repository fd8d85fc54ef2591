//! Secrets (page access tokens, the app secret, the webhook verify token)
//! live in the OS keychain, never in the database, logs, error messages or
//! exports. The desk sees them through `SecretStore`; tests use
//! `MemorySecrets`. A `Secret` prints as `Secret(***)`, so a `{:?}` in a log
//! line cannot leak one.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

/// The keychain service every Switchboard secret is filed under.
pub const SERVICE: &str = "app.switchboard.desk";

/// What a secret is for, as its keychain account name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SecretKey {
    /// A Facebook page's access token, by page id.
    PageToken(String),
    AppSecret,
    VerifyToken,
}

impl SecretKey {
    pub fn account(&self) -> String {
        match self {
            SecretKey::PageToken(page) => format!("page-token:{page}"),
            SecretKey::AppSecret => "meta-app-secret".into(),
            SecretKey::VerifyToken => "meta-verify-token".into(),
        }
    }
}

impl SecretKey {
    /// The environment variable that may carry this secret on a server
    /// without a keychain (page tokens never come from the environment).
    pub fn env_var(&self) -> Option<&'static str> {
        match self {
            SecretKey::PageToken(_) => None,
            SecretKey::AppSecret => Some("SWITCHBOARD_META_APP_SECRET"),
            SecretKey::VerifyToken => Some("SWITCHBOARD_META_VERIFY_TOKEN"),
        }
    }
}

/// A secret from its environment variable when that is set and not empty,
/// else from `store` (the OS keychain). A keychain that cannot be reached
/// counts as no secret: the caller says which one is missing.
pub fn from_env_or(store: &dyn SecretStore, key: &SecretKey) -> Option<Secret> {
    let from_env = key.env_var().and_then(|var| std::env::var(var).ok());
    env_value_or(from_env, store, key)
}

/// `from_env_or` with the variable's value already read.
fn env_value_or(
    from_env: Option<String>,
    store: &dyn SecretStore,
    key: &SecretKey,
) -> Option<Secret> {
    match from_env.filter(|v| !v.is_empty()) {
        Some(v) => Some(Secret(v)),
        None => store.get(key).ok().flatten(),
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The value, for the one place that sends it (an HTTP header, an HMAC key).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// The keychain could not be reached (no Secret Service running, locked
    /// collection); the message is the platform's, never the secret.
    #[error("the keychain is not available: {0}")]
    Unavailable(String),
}

pub trait SecretStore: Send + Sync {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>, SecretError>;
    fn set(&self, key: &SecretKey, value: &Secret) -> Result<(), SecretError>;
    /// Removes the secret; removing one that is not there is not an error.
    fn delete(&self, key: &SecretKey) -> Result<(), SecretError>;
}

/// Secrets in memory, for tests and for a process that must not touch the
/// keychain.
#[derive(Default)]
pub struct MemorySecrets {
    map: Mutex<HashMap<SecretKey, Secret>>,
}

impl MemorySecrets {
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, HashMap<SecretKey, Secret>>, SecretError> {
        self.map
            .lock()
            .map_err(|_| SecretError::Unavailable("the in-memory store was poisoned".into()))
    }
}

impl SecretStore for MemorySecrets {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>, SecretError> {
        Ok(self.lock()?.get(key).cloned())
    }
    fn set(&self, key: &SecretKey, value: &Secret) -> Result<(), SecretError> {
        self.lock()?.insert(key.clone(), value.clone());
        Ok(())
    }
    fn delete(&self, key: &SecretKey) -> Result<(), SecretError> {
        self.lock()?.remove(key);
        Ok(())
    }
}

/// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows) through the keyring crate.
pub struct KeyringSecrets {
    service: String,
}

impl Default for KeyringSecrets {
    fn default() -> Self {
        KeyringSecrets {
            service: SERVICE.to_string(),
        }
    }
}

impl KeyringSecrets {
    /// The store the app uses: the service named by
    /// `SWITCHBOARD_KEYCHAIN_SERVICE` when it is set (a second set of
    /// tokens kept apart, as tests of the real binaries do), else the app's.
    pub fn from_env() -> KeyringSecrets {
        match std::env::var("SWITCHBOARD_KEYCHAIN_SERVICE") {
            Ok(s) if !s.trim().is_empty() => KeyringSecrets::with_service(s.trim()),
            _ => KeyringSecrets::default(),
        }
    }

    /// A store under another service name (tests use their own).
    pub fn with_service(service: &str) -> KeyringSecrets {
        KeyringSecrets {
            service: service.to_string(),
        }
    }

    fn entry(&self, key: &SecretKey) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(&self.service, &key.account())
            .map_err(|e| SecretError::Unavailable(e.to_string()))
    }
}

impl SecretStore for KeyringSecrets {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>, SecretError> {
        match self.entry(key)?.get_password() {
            Ok(v) => Ok(Some(Secret(v))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(SecretError::Unavailable(e.to_string())),
        }
    }
    fn set(&self, key: &SecretKey, value: &Secret) -> Result<(), SecretError> {
        self.entry(key)?
            .set_password(value.expose())
            .map_err(|e| SecretError::Unavailable(e.to_string()))
    }
    fn delete(&self, key: &SecretKey) -> Result<(), SecretError> {
        match self.entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(SecretError::Unavailable(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn round_trip(store: &dyn SecretStore) {
        let key = SecretKey::PageToken("104000000000001".into());
        assert_eq!(store.get(&key).unwrap(), None);
        store.set(&key, &Secret::new("EAAB-token")).unwrap();
        assert_eq!(store.get(&key).unwrap(), Some(Secret::new("EAAB-token")));
        store.delete(&key).unwrap();
        store.delete(&key).unwrap();
        assert_eq!(store.get(&key).unwrap(), None);
    }

    #[test]
    fn the_memory_store_keeps_sets_and_forgets() {
        round_trip(&MemorySecrets::default());
    }

    #[test]
    fn the_environment_comes_before_the_keychain() {
        let store = MemorySecrets::default();
        let key = SecretKey::AppSecret;
        assert_eq!(env_value_or(None, &store, &key), None);
        store.set(&key, &Secret::new("from-keychain")).unwrap();
        assert_eq!(
            env_value_or(None, &store, &key),
            Some(Secret::new("from-keychain"))
        );
        assert_eq!(
            env_value_or(Some(String::new()), &store, &key),
            Some(Secret::new("from-keychain")),
            "an empty variable is no value"
        );
        assert_eq!(
            env_value_or(Some("from-env".into()), &store, &key),
            Some(Secret::new("from-env"))
        );
    }

    #[test]
    fn a_page_token_never_comes_from_the_environment() {
        let store = MemorySecrets::default();
        let key = SecretKey::PageToken("104000000000001".into());
        assert_eq!(key.env_var(), None);
        assert_eq!(from_env_or(&store, &key), None);
        store.set(&key, &Secret::new("EAAB-token")).unwrap();
        assert_eq!(from_env_or(&store, &key), Some(Secret::new("EAAB-token")));
    }

    #[test]
    fn an_unreachable_keychain_is_no_secret() {
        struct Locked;
        impl SecretStore for Locked {
            fn get(&self, _: &SecretKey) -> Result<Option<Secret>, SecretError> {
                Err(SecretError::Unavailable("locked".into()))
            }
            fn set(&self, _: &SecretKey, _: &Secret) -> Result<(), SecretError> {
                Err(SecretError::Unavailable("locked".into()))
            }
            fn delete(&self, _: &SecretKey) -> Result<(), SecretError> {
                Err(SecretError::Unavailable("locked".into()))
            }
        }
        assert_eq!(env_value_or(None, &Locked, &SecretKey::VerifyToken), None);
        assert_eq!(
            env_value_or(Some("v".into()), &Locked, &SecretKey::VerifyToken),
            Some(Secret::new("v"))
        );
    }

    #[test]
    fn a_secret_never_prints_its_value() {
        let s = Secret::new("EAAB-very-secret");
        assert_eq!(format!("{s:?}"), "Secret(***)");
        assert!(!format!("{:?}", Some(s)).contains("very-secret"));
    }

    /// The real keychain, when a Secret Service is running and unlocked
    /// (`scripts/test` starts one under dbus-run-session); skipped with a
    /// note otherwise, so that a machine without one still builds.
    #[test]
    fn the_os_keychain_keeps_sets_and_forgets_when_one_is_running() {
        // scripts/test sets this: there, a missing keychain is a failure.
        let required = std::env::var_os("SWITCHBOARD_REQUIRE_KEYCHAIN").is_some();
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            assert!(
                !required,
                "no D-Bus session, but the keychain check is required"
            );
            eprintln!("no D-Bus session: the OS keychain check is skipped");
            return;
        }
        let store = KeyringSecrets::with_service("app.switchboard.desk.test");
        match store.get(&SecretKey::AppSecret) {
            Err(e) if !required => eprintln!("keychain unavailable ({e}); check skipped"),
            Err(e) => panic!("the keychain check is required, and it is unavailable: {e}"),
            Ok(_) => round_trip(&store),
        }
    }
}
