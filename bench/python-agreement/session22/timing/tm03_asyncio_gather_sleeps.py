# timing: asyncio.gather of sleeps 30, 60 and 100 ms; about 100 ms
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    names = await asyncio.gather(fetch("a", 0.03), fetch("b", 0.06), fetch("c", 0.1))
    print(names)


asyncio.run(main())
