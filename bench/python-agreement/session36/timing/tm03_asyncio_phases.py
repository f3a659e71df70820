# Timing: an asyncio job in two phases: three concurrent sleeps (30, 50, 20 ms) gathered, then two
# sequential 15 ms sleeps: about 80 ms.
import asyncio

steps = []


async def fetch(name, ms):
    await asyncio.sleep(ms / 1000)
    steps.append(name)
    return ms


async def main():
    waited = await asyncio.gather(fetch("x", 30), fetch("y", 50), fetch("z", 20))
    await asyncio.sleep(0.015)
    await asyncio.sleep(0.015)
    return sum(waited)


total_ms = asyncio.run(main())
print(f"total_ms={total_ms} steps={steps}")
