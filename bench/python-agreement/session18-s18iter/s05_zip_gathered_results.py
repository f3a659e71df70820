# bug: lost update: the coroutines count their calls with a read, an await and a write, so every one
# reads 0 before any writes (asyncio's order) and two calls are lost; the results are walked with
# zip(names, results) and the cheapest picked with min(zip(results, names)).
# CPython 3.11 (10 runs): calls=1 report={'a': 30, 'b': 20, 'c': 25} best=b every run; weft explore:
# complete within its time window, that one state.
import asyncio

PRICES = {"a": 30, "b": 20, "c": 25}
report = {}
calls = 0
best = ""


async def quote(shop: str) -> int:
    global calls
    seen = calls
    await asyncio.sleep(0.001)
    calls = seen + 1
    return PRICES[shop]


async def main():
    global best
    names = ["a", "b", "c"]
    results = await asyncio.gather(quote("a"), quote("b"), quote("c"))
    for name, price in zip(names, results):
        report[name] = price
    best = min(zip(results, names))[1]


asyncio.run(main())
print(f"calls={calls} report={report} best={best}")
