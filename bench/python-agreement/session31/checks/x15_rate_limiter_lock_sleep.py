# an async token bucket guarded by a Lock: clients take a token or wait a pass for a refill; gathered; a ticker
import asyncio

ticks = 0
tokens = 1
served = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def refill():
    global tokens
    for _ in range(3):
        await asyncio.sleep(0)
        tokens += 1


async def client(lock, name):
    global tokens
    while True:
        async with lock:
            if tokens > 0:
                tokens -= 1
                served.append(name)
                return
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    lock = asyncio.Lock()
    await asyncio.gather(refill(), client(lock, "a"), client(lock, "b"), client(lock, "c"))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(served, report)
