"""wait_for cancels the inner coroutine and waits for it: its finally always runs before TimeoutError is seen.
weft also lists an outcome where the finally never runs (spurious)."""
import asyncio

order = []


async def fetch():
    try:
        await asyncio.sleep(0.5)
    finally:
        order.append("closed")


async def main():
    try:
        await asyncio.wait_for(fetch(), timeout=0.01)
    except asyncio.TimeoutError:
        order.append("timed out")


asyncio.run(main())
count = len(order)
print(order)
