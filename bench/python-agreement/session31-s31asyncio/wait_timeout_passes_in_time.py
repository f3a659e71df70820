# passes: `asyncio.wait(tasks, timeout=1)` whose tasks end in time (a sleep(0) spinner counts the passes)
import asyncio

spins = 0
at_resume = -1
done_count = -1


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    global at_resume, done_count
    asyncio.create_task(spinner())
    t1 = asyncio.create_task(quick(1))
    t2 = asyncio.create_task(quick(3))
    done, pending = await asyncio.wait([t1, t2], timeout=1)
    at_resume = spins
    done_count = len(done)


asyncio.run(main())
print(at_resume, done_count)
