# An asyncio lock with two waiters, the first cancelled while it waits: the release goes to the second,
# and `locked()` is False from the release until the second resumes (CPython sets `_locked` then).
import asyncio

lock = asyncio.Lock()
seen = []


async def waiter(name):
    try:
        async with lock:
            seen.append(f"{name} got it")
            await asyncio.sleep(0.001)
    except asyncio.CancelledError:
        seen.append(f"{name} cancelled")


async def main():
    await lock.acquire()
    first = asyncio.create_task(waiter("first"))
    second = asyncio.create_task(waiter("second"))
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.sleep(0)
    lock.release()
    seen.append(f"after release {lock.locked()}")
    await asyncio.sleep(0)
    seen.append(f"a turn later {lock.locked()}")
    await first
    await second
    seen.append(f"at the end {lock.locked()}")


asyncio.run(main())
print(seen)
