# `print(await ...)`: the await runs before the print, as CPython does.
import asyncio

log = []


async def fetch(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def main():
    print(await fetch("a", 0.02))
    print("both:", await asyncio.gather(fetch("b", 0.01), fetch("c", 0.005)))
    print(log)


asyncio.run(main())
