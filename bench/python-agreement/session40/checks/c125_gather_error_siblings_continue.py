# Check: gather without return_exceptions raises the first error to the awaiter, but the sibling tasks keep running and finish. Bug: none (surprising to many).
import asyncio

finished = []
caught = ""


async def ok(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)


async def bad():
    await asyncio.sleep(0.005)
    raise ValueError("bad")


async def main():
    global caught
    try:
        await asyncio.gather(ok("slow", 0.03), bad(), ok("fast", 0.001))
    except ValueError as e:
        caught = str(e)
    await asyncio.sleep(0.05)


asyncio.run(main())
print(f"finished={finished} caught={caught}")
