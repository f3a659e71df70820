# SILENT ERROR. CPython (every run): ['missing', 'again']. weft (start binary): `deadlock` alone,
# "complete". A KeyError that the engine raises itself (a missing key) inside `with sem:` of a thread,
# caught by a `try` outside the `with`: Python's `with` releases the semaphore on the way out; weft's
# import writes the block as `acquire`, body, `release` in line (crates/pyimport/src/translate.rs
# `with_items`, the `Object::Semaphore` arm), and its cleanups (`frame.cleanups`,
# `push_cleanups_before_handlers`) are added only before a `raise` statement the import sees. An explicit
# `raise KeyError` there agrees (checks/c129); a Lock in the same place agrees (a `with` op, checks/c130).
# semaphore_tries.rs wraps only a `try` INSIDE the `with` (what escapes it releases); an exception
# raised by the engine (or in a callee, a `result()`, an awaited coroutine: checks/c137-c140) in a
# body with no `try` of its own, and a cancellation at its `await`, leave the `with` unreleased.
import threading

log = []
sem = threading.Semaphore(1)
prices = {"tea": 3}


def worker(item):
    try:
        with sem:
            log.append(prices[item])
    except KeyError:
        log.append("missing")
    with sem:
        log.append("again")


t = threading.Thread(target=worker, args=("cake",))
t.start()
t.join()
print(log)
