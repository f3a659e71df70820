import asyncio

inside = 0
peak = 0


class Bad(Exception):
    pass


async def parse(text):
    await asyncio.sleep(0)
    if not text.isdigit():
        raise Bad(text)
    return int(text)


async def work(text, sem):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        try:
            value = await parse(text)
        except Bad:
            value = 0
        await asyncio.sleep(0)
        inside -= 1
    return value


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(work("x", sem), work("7", sem))


asyncio.run(main())
print("peak", peak, "inside", inside)
