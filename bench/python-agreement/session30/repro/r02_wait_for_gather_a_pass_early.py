# CPython 3.11: at_resume=6 (10 of 10). weft-start: at_resume=5 only, "complete". A spinner counts loop passes;
# `wait_for(gather(...))` resumes main one pass earlier in weft than in CPython.
import asyncio

spins = 0
at_resume = -1


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
    global at_resume
    asyncio.create_task(spinner())
    await asyncio.wait_for(asyncio.gather(quick(1), quick(2)), timeout=1)
    at_resume = spins


asyncio.run(main())
print(at_resume)
