# Structured concurrency with asyncio.TaskGroup (3.11): one inventory fetch fails, the group cancels the
# rest, and the error comes out as an ExceptionGroup handled with except*.
import asyncio

stock = {}


class NotFound(Exception):
    pass


async def fetch_stock(sku, delay):
    await asyncio.sleep(delay)
    if sku.startswith("x"):
        raise NotFound(sku)
    stock[sku] = len(sku) * 10
    return stock[sku]


async def main():
    outcome = "ok"
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch_stock("ab", 0.001))
            t2 = tg.create_task(fetch_stock("xyz", 0.003))
            t3 = tg.create_task(fetch_stock("long-sku", 0.05))
    except* Exception as group:
        outcome = "missing: " + ", ".join(str(e) for e in group.exceptions)
    print(outcome)
    print("stock", dict(sorted(stock.items())))
    print("t1", t1.result(), "t3 cancelled", t3.cancelled())


asyncio.run(main())
