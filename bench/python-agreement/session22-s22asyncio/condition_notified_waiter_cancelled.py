# a notified waiter cancelled before it runs still takes the lock back, then raises CancelledError
import asyncio

log = []


async def waiter(name, cond):
    try:
        async with cond:
            await cond.wait()
            log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    cond = asyncio.Condition()
    first = asyncio.create_task(waiter("a", cond))
    second = asyncio.create_task(waiter("b", cond))
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        first.cancel()
        log.append("notified")
    await first
    await second


asyncio.run(main())
print(log)
