# `async with asyncio.timeout(t):` that fires: the block's coroutine sleeps past the deadline; a
# spinner that sleeps 4 ms a turn counts how far it got when the TimeoutError is caught, and a second
# coroutine that only yields records the order of its ticks against the block's end.
import asyncio

spins = 0
at_timeout = -1
order = []


async def spinner():
    global spins
    for _ in range(10):
        spins += 1
        await asyncio.sleep(0.004)


async def slow_fetch():
    await asyncio.sleep(0.5)
    return 1


async def guarded():
    global at_timeout
    try:
        async with asyncio.timeout(0.01):
            await slow_fetch()
        order.append("done")
    except TimeoutError:
        at_timeout = spins
        order.append("timeout")


async def main():
    asyncio.create_task(spinner())
    await guarded()
    order.append("main")


asyncio.run(main())
print(at_timeout, order)
