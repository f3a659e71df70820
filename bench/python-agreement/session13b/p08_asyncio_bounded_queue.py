# Expected: asyncio producer/consumer over a bounded asyncio.Queue; total == 0+1+2+3+4 = 10.
import asyncio

total = 0


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(-1)


async def consumer(q):
    global total
    while True:
        item = await q.get()
        if item < 0:
            break
        total += item


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q))
    print(f"total={total}")


if __name__ == "__main__":
    asyncio.run(main())
