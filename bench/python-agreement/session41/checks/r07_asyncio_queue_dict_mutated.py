# check: a dict put on an asyncio.Queue and changed afterwards: the consumer sees the change
import asyncio

seen = []


async def consumer(q):
    msg = await q.get()
    seen.append(msg["status"])


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    msg = {"status": "new"}
    await q.put(msg)
    msg["status"] = "changed"
    await c


asyncio.run(main())
print(seen)
