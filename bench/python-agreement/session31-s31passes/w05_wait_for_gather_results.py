# `results = await asyncio.wait_for(asyncio.gather(...), timeout)` as a value: the list of the children's
# results, summed into a shared total by two concurrent callers; a heartbeat counts the passes.
import asyncio

beats = 0
total = 0
at_first = -1


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def fetch(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n * 10


async def caller(a, b):
    global total, at_first
    results = await asyncio.wait_for(asyncio.gather(fetch(a), fetch(b)), timeout=5)
    if at_first < 0:
        at_first = beats
    current = total
    await asyncio.sleep(0)
    total = current + sum(results)


async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.gather(caller(1, 2), caller(2, 1))
    hb.cancel()


asyncio.run(main())
print(total, at_first)
