import asyncio

PRICES = {"apple": 3, "pear": 4, "plum": 2, "fig": 7}
quotes: dict[str, int] = {}


async def quote(item: str, qty: int) -> int:
    await asyncio.sleep(0.001 * len(item))
    return PRICES[item] * qty


async def main() -> None:
    items = ["apple", "fig", "pear", "plum"]
    amounts = await asyncio.gather(*[quote(item, qty) for qty, item in enumerate(items, start=1)])
    for item, amount in zip(items, amounts):
        quotes[item] = amount


asyncio.run(main())
total = sum(quotes.values())
for name, amount in quotes.items():
    print(f"{name:<6}{amount:>4}")
print(f"total={total}")
assert total == 3 * 1 + 7 * 2 + 4 * 3 + 2 * 4
