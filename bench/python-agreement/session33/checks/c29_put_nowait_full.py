import asyncio

accepted = []
rejected = []


async def producer(q):
    for n in range(4):
        try:
            q.put_nowait(n)
            accepted.append(n)
        except asyncio.QueueFull:
            rejected.append(n)
        await asyncio.sleep(0)


async def consumer(q, got):
    for _ in range(2):
        got.append(await q.get())


async def main():
    q = asyncio.Queue(maxsize=1)
    got = []
    await asyncio.gather(producer(q), consumer(q, got))
    print(accepted, rejected, got)


asyncio.run(main())
