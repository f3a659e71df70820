"""wait_for cancels the inner coroutine at the time-out: its finally runs before TimeoutError reaches us."""
import asyncio

order = []


async def fetch():
    try:
        await asyncio.sleep(0.5)
        order.append("fetched")
    finally:
        order.append("closed")


async def main():
    try:
        await asyncio.wait_for(fetch(), timeout=0.01)
    except asyncio.TimeoutError:
        order.append("timed out")


asyncio.run(main())
print(order)
