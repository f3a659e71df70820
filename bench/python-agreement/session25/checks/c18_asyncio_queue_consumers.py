# check: asyncio.Queue serves waiting consumers in the order they started waiting
import asyncio

got = []


async def consumer(name, q):
    item = await q.get()
    got.append(f"{name}:{item}")
    q.task_done()


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(n, q)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    for item in (10, 20, 30):
        await q.put(item)
    await q.join()
    await asyncio.gather(*tasks)


asyncio.run(main())
joined = ",".join(got)
print(joined)
