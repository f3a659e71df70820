# a coroutine waits on an asyncio.Event another sets; where each side is against a spinner
import asyncio

spins = 0
marks = {}


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def setter(ev):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ev.set()
    marks["set"] = spins
    await asyncio.sleep(0)
    marks["setter_next"] = spins


async def waiter(ev):
    await ev.wait()
    marks["woke"] = spins


async def main():
    ev = asyncio.Event()
    asyncio.create_task(spinner())
    await asyncio.gather(waiter(ev), setter(ev))


asyncio.run(main())
print(marks["set"], marks["woke"], marks["setter_next"])
