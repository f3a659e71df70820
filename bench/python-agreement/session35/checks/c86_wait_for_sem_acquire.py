"""wait_for(sem.acquire(), timeout) where a permit is free: the acquire succeeds at once."""
import asyncio

got = 0
timeouts = 0


async def main():
    global got, timeouts
    sem = asyncio.Semaphore(1)
    for _ in range(2):
        try:
            await asyncio.wait_for(sem.acquire(), timeout=0.002)
            got += 1
        except asyncio.TimeoutError:
            timeouts += 1
    sem.release()


asyncio.run(main())
print(got, timeouts)
