# Check: time.sleep inside a coroutine blocks the whole event loop; the other task cannot run meanwhile. Bug: blocking call in async code.
import asyncio
import time

order = []


async def blocker():
    order.append("b-start")
    time.sleep(0.05)
    order.append("b-end")


async def polite():
    await asyncio.sleep(0.01)
    order.append("p")


async def main():
    await asyncio.gather(blocker(), polite())


asyncio.run(main())
print(f"order={order}")
