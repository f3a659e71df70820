# `sorted(PRICES)` of a module dict nobody writes, as a value in a coroutine, then
# `enumerate(items, start=1)` in a gather's comprehension (session26/a01's form).
import asyncio

PRICES = {"pear": 4, "apple": 3, "plum": 2, "fig": 7}
quotes = {}


async def quote(item, qty):
    await asyncio.sleep(0.001 * len(item))
    return PRICES[item] * qty


async def main():
    items = sorted(PRICES)
    amounts = await asyncio.gather(*[quote(item, qty) for qty, item in enumerate(items, start=1)])
    for item, amount in zip(items, amounts):
        quotes[item] = amount


asyncio.run(main())
total = sum(quotes.values())
print(quotes, total)
