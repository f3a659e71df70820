import asyncio

inside = 0
peak = 0
outcomes = []


async def fetch(delay):
    await asyncio.sleep(delay)
    return delay


async def call(name, delay, sem):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        try:
            await asyncio.wait_for(fetch(delay), timeout=0.01)
            outcomes.append((name, "ok"))
        except asyncio.TimeoutError:
            outcomes.append((name, "timeout"))
        await asyncio.sleep(0)
        inside -= 1


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(call("slow", 0.05, sem), call("fast", 0.001, sem))


asyncio.run(main())
print("peak", peak, "inside", inside, outcomes)
