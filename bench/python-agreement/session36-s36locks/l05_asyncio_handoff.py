# asyncio: the holder releases with a waiter queued; `locked()` right after the release is False (the
# waiter only resumes on the loop's next turn), a turn later True, and False once the waiter is done.
import asyncio

lock = asyncio.Lock()
reads = []


async def waiter():
    async with lock:
        reads.append(("waiter inside", lock.locked()))
        await asyncio.sleep(0.001)


async def main():
    async with lock:
        task = asyncio.create_task(waiter())
        await asyncio.sleep(0)
    reads.append(("just released", lock.locked()))
    await asyncio.sleep(0)
    reads.append(("a turn later", lock.locked()))
    await task
    reads.append(("waiter done", lock.locked()))


asyncio.run(main())
print(reads)
