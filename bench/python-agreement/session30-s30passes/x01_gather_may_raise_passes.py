# gather of two coroutines that may raise (a check of shared state at run time) but do not: how many
# passes of a spinner come before the awaiter resumes (CPython: the last child's done callback, then
# the gathering future's: two passes after the last child's end).
import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def child(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if spins < 0:
        raise ValueError(n)
    return n


async def main():
    global at_resume
    asyncio.create_task(spinner())
    await asyncio.gather(child(1), child(2))
    at_resume = spins


asyncio.run(main())
print(at_resume)
