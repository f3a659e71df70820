"""Two monitors each consume their own async sensor feed; the feeds interleave on the loop."""
import asyncio

log = []
total = 0


async def feed(name, values, interval):
    for v in values:
        await asyncio.sleep(interval)
        log.append(name)
        yield v


async def monitor(name, values, interval):
    global total
    async for reading in feed(name, values, interval):
        seen = total
        await asyncio.sleep(0)
        total = seen + reading


async def main():
    await asyncio.gather(monitor("a", [1, 2], 0.001), monitor("b", [10, 20], 0.001))


if __name__ == "__main__":
    asyncio.run(main())
    print(log, total)
