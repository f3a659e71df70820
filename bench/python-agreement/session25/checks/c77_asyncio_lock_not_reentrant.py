# check: asyncio.Lock is not re-entrant: taking it again inside itself waits (here until a time-out)
import asyncio

trail = []


async def main():
    lock = asyncio.Lock()
    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), timeout=0.05)
            trail.append("reacquired")
        except asyncio.TimeoutError:
            trail.append("would deadlock")


asyncio.run(main())
first = trail[0]
print(trail)
