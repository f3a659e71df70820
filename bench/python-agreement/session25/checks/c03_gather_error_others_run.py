# check: gather raises the first error, but the other awaitables keep running
import asyncio

finished = []


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def slow(name):
    await asyncio.sleep(0.03)
    finished.append(name)


async def main():
    try:
        await asyncio.gather(fail(), slow("a"), slow("b"))
    except ValueError:
        finished.append("caught")
    await asyncio.sleep(0.1)


asyncio.run(main())
count = len(finished)
print(finished)
