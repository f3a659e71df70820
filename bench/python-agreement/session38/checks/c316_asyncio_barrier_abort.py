# ordered
# asyncio.Barrier (3.11): an abort breaks it; the waiter gets asyncio.BrokenBarrierError, which
# `except threading.BrokenBarrierError` does not catch.
import asyncio
import threading

log = []


async def party(barrier):
    try:
        try:
            await barrier.wait()
            log.append("passed")
        except threading.BrokenBarrierError:
            log.append("threading's")
    except asyncio.BrokenBarrierError:
        log.append("asyncio's")


async def main():
    barrier = asyncio.Barrier(2)
    task = asyncio.create_task(party(barrier))
    await asyncio.sleep(0.01)
    await barrier.abort()
    await task


asyncio.run(main())
print(log)
