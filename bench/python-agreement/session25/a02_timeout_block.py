import asyncio


async def query(name, delay):
    await asyncio.sleep(delay)
    return f"{name} rows"


async def fetch_with_budget(name, delay, budget):
    try:
        async with asyncio.timeout(budget):
            return await query(name, delay)
    except TimeoutError:
        return f"{name} timed out after {budget * 1000:.0f} ms"


async def main():
    results = await asyncio.gather(
        fetch_with_budget("users", 0.01, 0.1),
        fetch_with_budget("orders", 0.3, 0.05),
        fetch_with_budget("items", 0.02, 0.05),
    )
    for line in results:
        print(line)


asyncio.run(main())
