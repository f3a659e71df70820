# SILENT ERROR. CPython (every run): ['slow in', 'fast in', True]. weft (start binary): `deadlock` alone,
# "complete within a 20ms time window". A task cancelled inside `async with sem:` leaves the block by
# CancelledError and Python's `async with` releases the semaphore; weft's import writes the block as
# `acquire`, the body, `release` in line (crates/pyimport/src/translate.rs `with_items`, the
# `Object::Semaphore` arm; `frame.cleanups` covers only the `return`s and `raise`s the import sees), so
# the cancellation the engine delivers at the `await` skips the release and `fast` waits for ever.
# An asyncio.Lock in the same place agrees (checks/c109: a `with` op); the explicit
# `await sem.acquire()` / `try:` / `finally: sem.release()` agrees (checks/c118).
# semaphore_tries.rs wraps only a `try` INSIDE the `with` (what escapes it releases); an exception
# raised by the engine (or in a callee, a `result()`, an awaited coroutine: checks/c137-c140) in a
# body with no `try` of its own, and a cancellation at its `await`, leave the `with` unreleased.
import asyncio

log = []


async def worker(name, sem, delay):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(delay)


async def main():
    sem = asyncio.Semaphore(1)
    slow = asyncio.create_task(worker("slow", sem, 1))
    await asyncio.sleep(0.005)
    fast = asyncio.create_task(worker("fast", sem, 0.001))
    await asyncio.sleep(0.005)
    slow.cancel()
    await fast
    log.append(slow.cancelled())


asyncio.run(main())
print(log)
