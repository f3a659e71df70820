import asyncio

spins = 0
at_set = -1
at_wake = -1


async def spinner():
    global spins
    for _ in range(10):
        spins += 1
        await asyncio.sleep(0)


async def waiter(ev):
    global at_wake
    await ev.wait()
    at_wake = spins


async def setter(ev):
    global at_set
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    at_set = spins
    ev.set()


async def main():
    ev = asyncio.Event()
    await asyncio.gather(spinner(), waiter(ev), setter(ev))


asyncio.run(main())
print(at_set, at_wake)
