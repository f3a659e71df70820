# notify(2) of three waiters: the two oldest go, in order, the third waits for the next notify; a
# task that takes the lock between the notify and their turn goes first
import asyncio

log = []


async def waiter(name, cond):
    async with cond:
        await cond.wait()
        log.append(name)


async def grabber(cond, go):
    await go.wait()
    async with cond:
        log.append("grabber")


async def notifier(cond, go):
    await asyncio.sleep(0.01)
    async with cond:
        go.set()
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify()


async def main():
    cond = asyncio.Condition()
    go = asyncio.Event()
    await asyncio.gather(waiter("a", cond), waiter("b", cond), waiter("c", cond), grabber(cond, go), notifier(cond, go))


asyncio.run(main())
print(log)
