"""asyncio.Semaphore limits concurrent requests; gather over a list comprehension keeps the order."""
import asyncio

in_flight = 0
peak = 0


async def fetch(sem: asyncio.Semaphore, item_id: int) -> dict:
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return {"id": item_id, "price": item_id * 3}


async def main() -> list[dict]:
    sem = asyncio.Semaphore(3)
    return await asyncio.gather(*[fetch(sem, i) for i in range(8)])


items = asyncio.run(main())
prices = [item["price"] for item in items]
print(f"peak={peak} prices={prices}")
assert peak == 3
assert prices == [0, 3, 6, 9, 12, 15, 18, 21]
