"""A task raises KeyError and nobody awaits it: the program still ends normally."""
import asyncio

CONFIG = {"port": 80}
steps = []


async def read_host():
    steps.append("reading")
    return CONFIG["host"]


async def main():
    asyncio.create_task(read_host())
    await asyncio.sleep(0.001)
    steps.append("main done")


asyncio.run(main())
print(steps)
