# CPython 3.11.7, 10 runs: ok result=none (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
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
