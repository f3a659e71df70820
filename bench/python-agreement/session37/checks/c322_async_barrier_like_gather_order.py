import asyncio

log = []


async def step(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def main():
    first = await asyncio.gather(step("a", 0.002), step("b", 0.001))
    log.append("-".join(first))
    second = await asyncio.gather(*(step(n, 0) for n in ("c", "d")))
    log.append("-".join(second))


asyncio.run(main())
print(log)  # ordered
