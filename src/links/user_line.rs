//! [`UserLine`]: how the user reaches a change on its way (go on after a sign-in, or stop), and
//! [`first`], a race of two futures: a few lines of `std` in place of the `futures` crate's
//! channel and `select` (the same size in the shipping wasm, and one dependency less).

use std::cell::RefCell;
use std::future::{poll_fn, Future};
use std::pin::pin;
use std::rc::Rc;
use std::task::{Poll, Waker};

/// What the user said to a change on its way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Heard {
    /// Signed in: send the change that waited for it.
    GoOn,
    /// Cancelled: stop waiting.
    Stop,
}

#[derive(Default)]
struct Slot {
    heard: Option<Heard>,
    waker: Option<Waker>,
}

/// One line from the view to one run: the view says, the run hears. A stop is not overwritten.
#[derive(Clone, Default)]
pub(super) struct UserLine(Rc<RefCell<Slot>>);

impl UserLine {
    /// Tells the run `heard`, waking it if it listens.
    pub fn say(&self, heard: Heard) {
        let waker = {
            let mut slot = self.0.borrow_mut();
            if slot.heard != Some(Heard::Stop) {
                slot.heard = Some(heard);
            }
            slot.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    /// What the user says next.
    pub async fn next(&self) -> Heard {
        poll_fn(|context| {
            let mut slot = self.0.borrow_mut();
            match slot.heard.take() {
                Some(heard) => Poll::Ready(heard),
                None => {
                    slot.waker = Some(context.waker().clone());
                    Poll::Pending
                }
            }
        })
        .await
    }

    /// Resolves once the user says stop.
    pub async fn stopped(&self) {
        while self.next().await != Heard::Stop {}
    }
}

/// What `wanted` resolves to, or `None` if `other` resolves first (`wanted` is then dropped).
pub(super) async fn first<T>(
    wanted: impl Future<Output = T>,
    other: impl Future<Output = ()>,
) -> Option<T> {
    let (mut wanted, mut other) = (pin!(wanted), pin!(other));
    poll_fn(|context| {
        if let Poll::Ready(value) = wanted.as_mut().poll(context) {
            return Poll::Ready(Some(value));
        }
        other.as_mut().poll(context).map(|()| None)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::task::{Context, Wake};

    struct Noop;
    impl Wake for Noop {
        fn wake(self: Arc<Self>) {}
    }

    fn poll_once<T>(future: impl Future<Output = T>) -> Poll<T> {
        let waker = Waker::from(Arc::new(Noop));
        pin!(future).as_mut().poll(&mut Context::from_waker(&waker))
    }

    #[test]
    fn a_stop_is_heard_even_after_a_go_on_and_is_not_overwritten() {
        let line = UserLine::default();
        assert_eq!(poll_once(line.next()), Poll::Pending);
        line.say(Heard::Stop);
        line.say(Heard::GoOn);
        assert_eq!(poll_once(line.next()), Poll::Ready(Heard::Stop));
        line.say(Heard::GoOn);
        assert_eq!(poll_once(line.stopped()), Poll::Pending);
    }

    #[test]
    fn first_gives_the_wanted_value_or_none_when_the_other_ends_first() {
        assert_eq!(
            poll_once(first(async { 7 }, std::future::pending())),
            Poll::Ready(Some(7))
        );
        assert_eq!(
            poll_once(first(std::future::pending::<u8>(), async {})),
            Poll::Ready(None)
        );
    }
}
