import asyncio

spins = 0
at_cancel = -1
at_caught = -1


async def spinner():
    global spins
    for _ in range(30):
        spins += 1
        await asyncio.sleep(0)


async def child():
    await asyncio.sleep(10)


async def victim():
    global at_caught
    try:
        await asyncio.wait_for(child(), timeout=5)
    except asyncio.CancelledError:
        at_caught = spins


async def main():
    global at_cancel
    asyncio.create_task(spinner())
    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    at_cancel = spins
    v.cancel()
    await v


asyncio.run(main())
print(at_cancel, at_caught)
