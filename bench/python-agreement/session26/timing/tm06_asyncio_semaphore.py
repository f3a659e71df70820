import asyncio

peak = 0
active = 0


async def request(sem: asyncio.Semaphore, i: int) -> int:
    global peak, active
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.02)
        active -= 1
    return i


async def main() -> None:
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[request(sem, i) for i in range(6)])


asyncio.run(main())
print(f"peak={peak}")
