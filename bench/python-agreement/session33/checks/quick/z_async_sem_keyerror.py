import asyncio

inside = 0
peak = 0
cache = {"a": 1}
results = []


async def work(n, lock):
    global inside, peak
    async with lock:
        inside += 1
        peak = max(peak, inside)
        try:
            v = cache["b" if n == 1 else "a"]
        except KeyError:
            v = 0
        await asyncio.sleep(0)
        inside -= 1
    return v


async def main():
    lock = asyncio.Semaphore(1)
    await asyncio.gather(work(1, lock), work(2, lock))


asyncio.run(main())
print("peak", peak, "inside", inside, sorted(results))
