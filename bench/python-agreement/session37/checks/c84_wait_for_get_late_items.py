import asyncio

log = []


async def consumer(name, q):
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.004)
        except asyncio.TimeoutError:
            log.append(f"{name} idle")
            return
        log.append(item)


async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.002 * i)
        await q.put(i)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer("a", q), consumer("b", q), producer(q))
    log.append(f"left {q.qsize()}")


asyncio.run(main())
print(sorted(log, key=str))
