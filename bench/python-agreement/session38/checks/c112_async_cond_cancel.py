# A waiter cancelled in `async with cond: await cond.wait()` re-acquires and releases the lock on its way
# out; the notifier can then take the lock.
import asyncio

log = []


async def waiter(cond):
    async with cond:
        await cond.wait()
        log.append("woken")


async def main():
    cond = asyncio.Condition()
    w = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0.005)
    w.cancel()
    await asyncio.sleep(0.005)
    async with cond:
        cond.notify_all()
        log.append("notified")
    log.append(w.cancelled())


asyncio.run(main())
print(log)
