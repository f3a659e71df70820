# Check: wait_for(gather(...)) timing out cancels every child of the gather. Bug: none.
import asyncio

cancelled = []
done = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        done.append(name)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main():
    try:
        await asyncio.wait_for(asyncio.gather(child("a", 0.001), child("b", 0.5), child("c", 0.6)), timeout=0.02)
    except asyncio.TimeoutError:
        done.append("timeout")


asyncio.run(main())
cancelled.sort()
print(f"done={done} cancelled={cancelled}")
