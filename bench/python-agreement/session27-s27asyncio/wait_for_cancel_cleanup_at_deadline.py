# wait_for gives up at 50 ms on a coroutine sleeping 1 s: the coroutine's CancelledError handler runs
# then (CPython's `_cancel_and_wait`), before `other` logs at 200 ms.
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def waiter():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        log.append("timeout")


async def other():
    await asyncio.sleep(0.2)
    log.append("other")


async def main():
    await asyncio.gather(waiter(), other())


asyncio.run(main())
print(log)
