"""asyncio: poll `state["ready"] == 0` every 0.0001 s; the setter sets it after 0.002 s."""
import asyncio

state = {"ready": 0}
seen = 0


async def setter():
    await asyncio.sleep(0.002)
    state["ready"] = 1


async def poller():
    global seen
    while state["ready"] == 0:
        await asyncio.sleep(0.0001)
    seen = 1


async def main():
    await asyncio.gather(poller(), setter())


asyncio.run(main())
print(seen)
