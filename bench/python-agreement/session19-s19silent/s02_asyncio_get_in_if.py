import asyncio

result = ""


async def consumer(q):
    global result
    item = "none"
    if not q.empty():
        item = await q.get()
    result = item


async def producer(q):
    await q.put("job")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer(q), producer(q))


if __name__ == "__main__":
    asyncio.run(main())
