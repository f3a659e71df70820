# two asyncio.run calls one after the other, sharing module state
import asyncio

log = []


async def step(name):
    await asyncio.sleep(0.01)
    log.append(name)


asyncio.run(step("first"))
asyncio.run(step("second"))
print(log)
