"""A coroutine waiting on an asyncio.Condition is cancelled; the lock is taken back and released by async with."""
import asyncio

log = []


async def waiter(cond):
    try:
        async with cond:
            await cond.wait()
    except asyncio.CancelledError:
        log.append(f"cancelled, locked={cond.locked()}")
        raise


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    async with cond:
        log.append("main got lock")


asyncio.run(main())
print(log)
