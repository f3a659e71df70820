# bug: none
import asyncio

active = 0
peak = 0


async def call_api(sem, endpoint):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.001 * (len(endpoint) % 3 + 1))
        active -= 1
        return endpoint.upper()


async def main():
    sem = asyncio.Semaphore(2)
    endpoints = ["users", "orders", "items", "tags", "stats"]
    results = await asyncio.gather(*[call_api(sem, e) for e in endpoints])
    print(f"results={results} peak={peak} active={active}")


asyncio.run(main())
