# An order pipeline: an asyncio.Queue of orders, three workers, validation errors counted, queue.join,
# then the workers are cancelled.
import asyncio

log = []
stats = {"ok": 0, "invalid": 0, "revenue": 0}
CATALOG = {"pen": 2, "ink": 5, "pad": 3}


class InvalidOrder(Exception):
    pass


def price(order):
    item, qty = order
    if item not in CATALOG:
        raise InvalidOrder(item)
    if qty <= 0:
        raise InvalidOrder(f"{item}:{qty}")
    return CATALOG[item] * qty


async def worker(q):
    while True:
        order = await q.get()
        try:
            amount = price(order)
        except InvalidOrder:
            stats["invalid"] += 1
        else:
            await asyncio.sleep(0.001)
            stats["ok"] += 1
            stats["revenue"] += amount
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    for order in [("pen", 2), ("cup", 1), ("ink", 1), ("pad", 0), ("pad", 4)]:
        q.put_nowait(order)
    workers = [asyncio.create_task(worker(q)) for _ in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
log.append(stats["ok"])
log.append(stats["invalid"])
log.append(stats["revenue"])
print(log)
