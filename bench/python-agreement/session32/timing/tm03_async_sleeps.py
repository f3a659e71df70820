# Four coroutines sleep 10, 20, 30 and 15ms concurrently; gather finishes after about 30ms.
import asyncio


async def fetch(name, delay_s):
    await asyncio.sleep(delay_s)
    return name


async def main():
    names = await asyncio.gather(fetch("a", 0.01), fetch("b", 0.02), fetch("c", 0.03), fetch("d", 0.015))
    print(names)


asyncio.run(main())
