"""asyncio.Queue hands items to waiting getters in the order they started waiting."""
import asyncio

got = []


async def consumer(name, queue):
    item = await queue.get()
    got.append(f"{name}:{item}")


async def main():
    queue = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(n, queue)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    for item in (1, 2, 3):
        queue.put_nowait(item)
    await asyncio.gather(*tasks)


asyncio.run(main())
text = ",".join(got)
print(text)
