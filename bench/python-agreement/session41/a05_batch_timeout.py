# bug: none
import asyncio

processed = []


async def process(item):
    await asyncio.sleep(0.002)
    processed.append(item * 2)


async def run_batch(items, budget):
    try:
        async with asyncio.timeout(budget):
            for item in items:
                await process(item)
        return "finished"
    except TimeoutError:
        return f"stopped after {len(processed)}"


async def main():
    first = await run_batch([1, 2], 0.1)
    second = await run_batch(list(range(10, 40)), 0.011)
    print(f"first={first} second={second.split()[0]} partial={0 < len(processed) < 32}")


asyncio.run(main())
