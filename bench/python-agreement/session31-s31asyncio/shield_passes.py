# passes: `outer = asyncio.shield(t)` of a task still running, awaited later (a pass more than `await t`),
# and of a task already done (the task itself: no pass)
import asyncio

spins = 0
at_running = -1
at_done = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    global at_running, at_done
    asyncio.create_task(spinner())
    t = asyncio.create_task(quick(2))
    outer = asyncio.shield(t)
    value = await outer
    at_running = spins
    u = asyncio.create_task(quick(0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    done_outer = asyncio.shield(u)
    value += await done_outer
    at_done = spins


asyncio.run(main())
print(at_running, at_done)
