# no bug: gather without return_exceptions raises the first error, but does not cancel the other child, which finishes
import asyncio

log = []
caught = 0


async def fails():
    await asyncio.sleep(0.001)
    raise KeyError("missing")


async def slow_writer():
    await asyncio.sleep(0.005)
    log.append("written")


async def main():
    global caught
    try:
        await asyncio.gather(fails(), slow_writer())
    except KeyError:
        caught = 1
    await asyncio.sleep(0.020)


asyncio.run(main())
print(caught, log)
