"""wait_for's time-out waits for the inner task's cleanup (an await in its except) before raising."""
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.01)
        log.append("cleaned up")
        raise


async def main():
    try:
        await asyncio.wait_for(worker(), timeout=0.005)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
