# no bug: a consumer cancelled while waiting in get() does not take the item put afterwards
import asyncio

left = -1


async def consumer(q):
    await q.get()


async def main():
    global left
    q = asyncio.Queue()
    task = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.001)
    task.cancel()
    await asyncio.sleep(0.001)
    q.put_nowait(5)
    left = q.qsize()


asyncio.run(main())
print(left)
