import asyncio

STOP = ("STOP", 0, 0)


async def produce(out_q, orders):
    for order in orders:
        await out_q.put((order[0], order[1], order[2]))
    await out_q.put(STOP)


async def validate(in_q, out_q, rejected):
    while (order := await in_q.get()) != STOP:
        if order[1] <= 0:
            rejected.append(order[0])
        else:
            await out_q.put((order[0], order[1], order[2]))
    await out_q.put(STOP)


async def price(in_q, out_q):
    while (order := await in_q.get()) != STOP:
        await asyncio.sleep(0)
        await out_q.put((order[0], order[1] * order[2]))
    await out_q.put(STOP)


async def ship(in_q, shipped):
    while (order := await in_q.get()) != STOP:
        shipped[order[0]] = order[1]


async def main():
    orders = [("A1", 2, 5), ("A2", 0, 9), ("A3", 1, 30)]
    q1, q2, q3 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    rejected, shipped = [], {}
    await asyncio.gather(
        produce(q1, orders),
        validate(q1, q2, rejected),
        price(q2, q3),
        ship(q3, shipped),
    )
    print("shipped", shipped, "rejected", rejected, "revenue", sum(shipped.values()))


asyncio.run(main())
