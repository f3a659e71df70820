import asyncio

put_order: list[int] = []
got: list[int] = []
full_seen = 0


async def producer(q: asyncio.Queue) -> None:
    global full_seen
    for i in range(4):
        if q.full():
            full_seen += 1
        await q.put(i)
        put_order.append(i)


async def consumer(q: asyncio.Queue) -> None:
    await asyncio.sleep(0.01)
    for _ in range(4):
        got.append(await q.get())


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(put_order, got, full_seen)
assert got == [0, 1, 2, 3] and full_seen >= 1
