import asyncio

inside = 0
peak = 0


async def work(text, sem):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        try:
            if not text.isdigit():
                raise ValueError(text)
            value = int(text)
        except ValueError:
            value = 0
        await asyncio.sleep(0)
        inside -= 1
    return value


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(work("x", sem), work("7", sem))


asyncio.run(main())
print("peak", peak, "inside", inside)
