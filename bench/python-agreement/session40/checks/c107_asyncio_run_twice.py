# Check: two asyncio.run calls in sequence; module state carries over. Bug: none.
import asyncio

total = 0


async def add(n):
    global total
    await asyncio.sleep(0.001)
    total += n


asyncio.run(add(3))
asyncio.run(add(4))
print(f"total={total}")
