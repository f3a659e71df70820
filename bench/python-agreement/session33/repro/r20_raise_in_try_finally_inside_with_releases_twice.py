# SILENT: a `raise` inside `try:`/`finally:` inside `with sem:` (in a function that also has a `return`
# in that `try`) releases the semaphore twice. weft's import writes `release: limit` before the
# `raise` (so before the `finally` body runs) and again in the `with`'s `except BaseException:
# release; reraise`. CPython releases once, after the finally.
# - With a BoundedSemaphore every outcome ends in weft's "ValueError: Semaphore released too many times
#   (bounded semaphore `limit`)" fault, "complete": CPython's state is never listed.
# - With a plain Semaphore(2) the double release lets three holders in: checks/h05_async_rate_limited_api.py
#   (asyncio: `async with limit:` + `try: ... raise ApiError ... finally: active -= 1`) lists peak=3
#   beside CPython's peak=2 -- a state CPython cannot reach. The finally's effect also comes after the
#   release, so another task can acquire before it.
# (checks/quick/dr3.py-dr12.py: the forms tried; in dr10/dr12, one thread, the second release's
# ValueError is caught by the caller's `except ValueError`, so the log matches by chance.)
# CPython 3.11: ["('finally', 'a')", "('finally', 'b')", 'failed'] every run.
# weft-start explore: 24 schedules, complete, every outcome `fault`.
import threading

log = []
limit = threading.BoundedSemaphore(1)


class ApiError(Exception):
    pass


def call(name, bad):
    with limit:
        try:
            if bad:
                raise ApiError(name)
            return name
        finally:
            log.append(("finally", name))


def guarded(name, bad):
    try:
        call(name, bad)
    except ApiError:
        log.append("failed")


threads = [threading.Thread(target=guarded, args=("a", True)), threading.Thread(target=guarded, args=("b", False))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
