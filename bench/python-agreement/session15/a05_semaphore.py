# no bug: asyncio.Semaphore(2) bounds concurrent requests
import asyncio

in_flight = 0
peak = 0
completed = 0


async def request(sem, i):
    global in_flight, peak, completed
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        completed += 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[request(sem, i) for i in range(5)])


asyncio.run(main())
assert peak == 2 and completed == 5
