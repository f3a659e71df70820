# asyncio.Condition.notify_all makes every notified waiter ready at once, in order: an Event set after
# the notify wakes its listener after both readers (CPython: r1, r2, listener)
import asyncio

log = []


async def reader(name, cond, state):
    async with cond:
        while not state:
            await cond.wait()
        log.append(name)


async def writer(cond, state, ready):
    await asyncio.sleep(0.01)
    async with cond:
        state.append(1)
        cond.notify_all()
    ready.set()


async def listener(ready):
    await ready.wait()
    log.append("listener")


async def main():
    cond = asyncio.Condition()
    ready = asyncio.Event()
    state = []
    await asyncio.gather(reader("r1", cond, state), reader("r2", cond, state), listener(ready), writer(cond, state, ready))


asyncio.run(main())
print(log)
