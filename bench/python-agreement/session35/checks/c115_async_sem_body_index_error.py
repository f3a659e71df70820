"""The body of `async with sem:` raises IndexError of a fixed list; gather without return_exceptions re-raises it."""
import asyncio

SLOTS = [1]
done = []
caught = 0


async def use(sem, i):
    async with sem:
        await asyncio.sleep(0.001)
        done.append(SLOTS[i])


async def main():
    global caught
    sem = asyncio.Semaphore(1)
    try:
        await asyncio.gather(use(sem, 0), use(sem, 2))
    except IndexError:
        caught = 1
    await asyncio.sleep(0.01)


asyncio.run(main())
print(done, caught)
