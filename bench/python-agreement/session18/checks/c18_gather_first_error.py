# gather without return_exceptions: the first error propagates, the other children keep running to the end.
import asyncio

done = []
caught = 0


async def child(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    done.append(name)


async def main():
    global caught
    try:
        await asyncio.gather(child("a", 0.001, True), child("b", 0.02, False))
    except RuntimeError:
        caught += 1
    await asyncio.sleep(0.05)


asyncio.run(main())
