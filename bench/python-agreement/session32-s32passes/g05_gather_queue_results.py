# A producer puts three items and a None sentinel into an asyncio.Queue(maxsize=1); a consumer sums
# them; main gathers both and uses the results list (the consumer's sum) after the gather.
import asyncio

ticks = 0
report = {}


async def ticker():
    global ticks
    for _ in range(40):
        ticks += 1
        await asyncio.sleep(0)


async def producer(q):
    for item in [1, 2, 3]:
        await q.put(item)
    await q.put(None)
    return 0


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        total += item
    return total


async def main():
    asyncio.create_task(ticker())
    q = asyncio.Queue(maxsize=1)
    results = await asyncio.gather(producer(q), consumer(q))
    report["total"] = results[1]
    report["ticks"] = ticks


asyncio.run(main())
print(report)
