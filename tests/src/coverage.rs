//! Which store methods the suite's scenarios call, per backend: every
//! scenario runs on a `Recorded` store, which notes each trait method it is
//! asked for and forwards the call. The suite fails when a method of the
//! trait was called by no scenario (see tests/store_suite.rs), so a method
//! added to the store cannot go untested on either backend.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use switchboard_store::Store;

/// The names of the methods called so far.
#[derive(Clone, Default)]
pub struct Hits(Arc<Mutex<BTreeSet<&'static str>>>);

impl Hits {
    fn note(&self, name: &'static str) {
        if let Ok(mut set) = self.0.lock() {
            set.insert(name);
        }
    }

    pub fn names(&self) -> BTreeSet<&'static str> {
        self.0.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

/// A store that notes every method called on it in `hits`.
pub struct Recorded {
    pub inner: Arc<dyn Store>,
    pub hits: Hits,
}

macro_rules! names_of {
    ($( fn $name:ident(&self $(, $arg:ident : $ty:ty)*) -> $ret:ty; )*) => {
        /// Every method of the store trait (`backend` aside).
        pub fn trait_methods() -> BTreeSet<&'static str> {
            [$(stringify!($name)),*].into_iter().collect()
        }
    };
}

macro_rules! record_and_forward {
    ($( fn $name:ident(&self $(, $arg:ident : $ty:ty)*) -> $ret:ty; )*) => {
        #[async_trait::async_trait]
        impl Store for Recorded {
            fn backend(&self) -> &'static str {
                self.inner.backend()
            }
            fn read_only(&self) -> Option<switchboard_store::ReadOnly> {
                self.inner.read_only()
            }
            async fn close(&self) {
                self.inner.close().await
            }
            $(
                async fn $name(&self $(, $arg: $ty)*) -> switchboard_store::StoreResult<$ret> {
                    self.hits.note(stringify!($name));
                    self.inner.$name($($arg),*).await
                }
            )*
        }
    };
}

switchboard_store::for_each_store_method! { names_of }
switchboard_store::for_each_store_method! { record_and_forward }
