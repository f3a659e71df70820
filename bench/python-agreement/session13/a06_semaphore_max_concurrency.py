# Expected: asyncio.Semaphore(3) lets at most 3 fetches run at once (peak == 3 with 6 fetches started together).
import asyncio

in_flight = 0
peak = 0
fetched = 0


async def fetch(sem, url_id):
    global in_flight, peak, fetched
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        fetched += 1


async def main():
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(fetch(sem, i) for i in range(6)))


asyncio.run(main())
print(f"fetched={fetched} peak={peak}")
