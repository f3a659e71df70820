# SILENT: a `raise` inside a `try:` (with a `finally:`, or with `except`/`else` clauses) inside
# `with sem:` releases the semaphore twice: weft's import writes `release: slots` right before the
# `raise` (so before the `finally` body runs) and again in the `with`'s `except BaseException:
# release; reraise`. CPython releases once, after the finally.
# - A BoundedSemaphore: every outcome ends in weft's "ValueError: Semaphore released too many times
#   (bounded semaphore `slots`)", "complete"; CPython never raises it.
# - A plain Semaphore(2) lets three holders in: checks/h05_async_rate_limited_api.py (asyncio: `async
#   with limit:` + `try: ... raise ApiError ... finally: active -= 1`, a realistic rate-limited client)
#   lists peak=3 beside CPython's peak=2, a state CPython cannot reach; the finally's effect comes after
#   the first release, so another task can take the slot before it.
# - Even when the exception is caught inside the `with` (`try: raise ValueError(text)` / `except
#   ValueError: value = 0`): the semaphore is released at the raise and the rest of the body runs
#   outside it. A Semaphore(1) used as a mutex (checks/quick/r20sem.py): CPython peak 1 every run;
#   weft lists 12 outcomes, 8 of them impossible (peak=2, inside=-1 or 1: two threads inside at once).
#   The same for an implicit KeyError caught inside: `try: v = cache[key]` / `except KeyError: v = 0`
#   under `with sem:` (quick/z_dict_keyerror.py: CPython peak 1 inside 0; weft also peak 2, inside -1
#   and 1). A raise in a called function, a `return`, `break` or `continue` are right (quick/z_*.py).
# - asyncio, where the loop's order is fixed: `async with sem:` (an asyncio.Semaphore(1)) around
#   `try: raise ValueError(text)` / `except ValueError: value = 0`, then `await asyncio.sleep(0)`
#   (checks/quick/z_async_sem_raise_caught.py): CPython peak 1; weft's only outcome, complete, peak=2.
# - A threading.Lock or RLock is imported as a structured `with:` step and is right (quick/r20lock.py:
#   the same program with a Lock, peak 1 only); only semaphores (threading and asyncio) take the
#   release-then-raise path.
# Forms checked (checks/quick/x_*.py): try/finally, try/except-raise-other, try/except/else, with or
# without a `return` in the try: all double-release; a raise straight in the `with` body, in a loop in
# it, or in a nested `with` releases once.
# CPython 3.11: ['cleanup', 'failed', 'ok', 'cleanup'] every run.
# weft-start explore: 2 schedules, complete, both `fault len(log)=1 log[0]='cleanup'`.
# (Found from checks/quick/dr6.py, two threads: 24 schedules, all faults.)
import threading

log = []
slots = threading.BoundedSemaphore(1)


class BadInput(Exception):
    pass


def work(fail):
    with slots:
        try:
            if fail:
                raise BadInput("x")
            log.append("ok")
        finally:
            log.append("cleanup")


def runner():
    try:
        work(True)
    except BadInput:
        log.append("failed")
    work(False)


t = threading.Thread(target=runner)
t.start()
t.join()
print(log)
