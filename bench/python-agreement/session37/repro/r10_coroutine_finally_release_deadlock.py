# Finding 2 in a coroutine (the idiom `await sem.acquire()` / `try:` / `finally: sem.release()`): the
# `try` body has no `await` and faults on a missing key (KeyError), so weft's import writes the
# `finally`'s release as a plain step after the body, which the fault skips. CPython 3.11.7:
# [1, False] every run. weft (start binary): `deadlock` alone under "complete" (the second reader waits
# for the semaphore for ever).
import asyncio

TABLE = {"a": 1}
log = []


async def read(sem, key):
    await sem.acquire()
    try:
        log.append(TABLE[key])
    finally:
        sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(read(sem, "zz"), read(sem, "a"), return_exceptions=True)
    log.append(sem.locked())


asyncio.run(main())
print(log)
