# CHECK (session 19): asyncio.Condition waiter notified then cancelled before it resumes (3.11 drops the
# notification). CPython 3.11.7: ['w1 cancelled', 'main saw w1 cancelled', 'w2 cancelled'] in 20 of 20; weft agrees (one outcome).
import asyncio

log = []


async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            log.append(f"{name} notified")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise


async def main():
    cond = asyncio.Condition()
    w1 = asyncio.create_task(waiter("w1", cond))
    w2 = asyncio.create_task(waiter("w2", cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        w1.cancel()
    try:
        await w1
    except asyncio.CancelledError:
        log.append("main saw w1 cancelled")
    await asyncio.sleep(0.01)
    w2.cancel()
    try:
        await w2
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(log)
