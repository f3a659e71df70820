# Check: asyncio.Lock is not reentrant: taking it twice in one task hangs; wait_for reports it. Bug: self-deadlock.
import asyncio

reached = 0
outcome = ""


async def nested(lock):
    global reached
    async with lock:
        reached += 1
        async with lock:
            reached += 10


async def main():
    global outcome
    lock = asyncio.Lock()
    try:
        await asyncio.wait_for(nested(lock), timeout=0.05)
        outcome = "ok"
    except asyncio.TimeoutError:
        outcome = "hung"


asyncio.run(main())
print(f"reached={reached} outcome={outcome}")
