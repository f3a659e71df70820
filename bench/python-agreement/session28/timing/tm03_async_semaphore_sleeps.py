import asyncio

done = 0


async def call(sem: asyncio.Semaphore, ms: int) -> None:
    global done
    async with sem:
        await asyncio.sleep(ms / 1000)
        done += 1


async def main() -> None:
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[call(sem, 30) for _ in range(4)])


asyncio.run(main())
print(f"done={done}")
