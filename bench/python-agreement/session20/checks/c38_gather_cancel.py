"""Cancelling a gather cancels its children; the children see CancelledError."""
import asyncio

child_cancelled = 0
gather_cancelled = 0


async def child():
    global child_cancelled
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        child_cancelled += 1
        raise


async def main():
    global gather_cancelled
    g = asyncio.gather(child(), child())
    await asyncio.sleep(0.001)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        gather_cancelled = 1


if __name__ == "__main__":
    asyncio.run(main())
