# no bug: consumers waiting on an asyncio.Queue are served in the order they started waiting
import asyncio

served = []


async def consumer(name, q):
    item = await q.get()
    served.append(f"{name}={item}")


async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(n, q)) for n in ("c0", "c1", "c2")]
    await asyncio.sleep(0.001)
    for item in (10, 20, 30):
        q.put_nowait(item)
    await asyncio.gather(*consumers)


asyncio.run(main())
print(served)
