# asyncio.wait(FIRST_COMPLETED): b, woken by the Lock a releases, ends in the pass that resumed it; CPython wakes
# main a pass later, when a has ended too (done 2, pending 0); weft resumes main a pass early (pending 1).
# The known family of session31/repro/r03-r10 (a wait's end a pass early after a child woken by a Lock),
# seen here in a value: the done/pending split.
# CPython 3.11.7: `done_count=2 pending_count=0` (5 of 5 runs); weft explore: `done_count=1 pending_count=1`, its only outcome, "complete".
import asyncio

pending_count = -1
done_count = -1


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def locked_spin(lock, n):
    async with lock:
        await asyncio.sleep(0)
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def locked_once(lock):
    async with lock:
        pass
    return 0


async def main():
    global pending_count, done_count
    lock = asyncio.Lock()
    a = asyncio.create_task(locked_spin(lock, 2))
    b = asyncio.create_task(locked_once(lock))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    pending_count = len(pending)
    done_count = len(done)
    await a


asyncio.run(main())
print(done_count, pending_count)
