# the notifier yields while it still holds the lock: the notified waiters run, find the lock held and
# queue for it in the order they ran; a task already queued for the lock goes before them
import asyncio

log = []


async def waiter(name, cond, flag):
    async with cond:
        await cond.wait_for(lambda: flag)
        log.append(name)


async def latecomer(cond):
    await asyncio.sleep(0.005)
    async with cond:
        log.append("latecomer")


async def notifier(cond, flag):
    await asyncio.sleep(0.001)
    async with cond:
        flag.append(1)
        cond.notify_all()
        await asyncio.sleep(0.01)
        log.append("notifier")


async def main():
    cond = asyncio.Condition()
    flag = []
    await asyncio.gather(waiter("w1", cond, flag), waiter("w2", cond, flag), notifier(cond, flag), latecomer(cond))


asyncio.run(main())
print(log)
