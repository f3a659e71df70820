# CPython 3.11: at_resume=4 (5 of 5). weft-start: at_resume=5 only, "complete". A TaskGroup whose only child ended
# passes before the body finished: CPython's __aexit__ finds `_tasks` empty and does not wait at all; weft adds its pass.
# Same cause as r04 (the outer group's child ended during the inner group).
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
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick(1))
        await quick(4)
    at_resume = spins


asyncio.run(main())
print(at_resume)
