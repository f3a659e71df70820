# Timing: asyncio gathers five requests of 5, 10, 15, 20 and 25 ms; the makespan is the longest (25 ms).
import asyncio
import time

finished = []


async def request(n):
    await asyncio.sleep(0.005 * n)
    finished.append(n)


async def main():
    await asyncio.gather(*(request(n) for n in range(1, 6)))


start = time.perf_counter()
asyncio.run(main())
elapsed_ms = (time.perf_counter() - start) * 1000
count = len(finished)
print(f"count={count} elapsed_ms={elapsed_ms:.1f}")
