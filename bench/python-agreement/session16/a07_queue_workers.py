# no bug: an asyncio.Queue feeds two workers; one sentinel per worker stops them
import asyncio

processed = {}


async def worker(name, q):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.001 * item)
        processed[item] = name
        q.task_done()


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    for item in [3, 1, 2, 4]:
        await q.put(item)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)


asyncio.run(main())
print("processed:", sorted(processed))
assert sorted(processed) == [1, 2, 3, 4]
