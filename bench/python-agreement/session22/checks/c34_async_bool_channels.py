import asyncio

texts = []


async def check(n):
    await asyncio.sleep(0.001 * n)
    return n % 2 == 0


async def main():
    results = await asyncio.gather(check(1), check(2))
    texts.append(f"gather {results[0]} {results[1]}")
    one = await check(4)
    texts.append(f"await {one}")
    q = asyncio.Queue()
    await q.put(False)
    got = await q.get()
    texts.append(f"queue {got}")
    task = asyncio.create_task(check(3))
    r = await task
    texts.append(f"task {r}")


asyncio.run(main())
print(texts)
