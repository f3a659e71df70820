# gather over tasks that had all ended before the call: CPython's gather adds a done callback to each,
# which a done task schedules at once; the last completes the gathering future a pass later, whose own
# callback wakes main a pass after that (two passes), beside a gather where one task still runs.
import asyncio

spins = 0
at_all_done = -1
at_one_running = -1


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
    global at_all_done, at_one_running
    asyncio.create_task(spinner())
    t1 = asyncio.create_task(quick(1))
    t2 = asyncio.create_task(quick(2))
    for _ in range(4):
        await asyncio.sleep(0)
    before = spins
    results = await asyncio.gather(t1, t2)
    at_all_done = spins - before + sum(results) * 100
    t3 = asyncio.create_task(quick(1))
    t4 = asyncio.create_task(quick(3))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    before = spins
    await asyncio.gather(t3, t4)
    at_one_running = spins - before


asyncio.run(main())
print(at_all_done, at_one_running)
