"""asyncio.gather of three downloads of 10, 25 and 40 ms, then a 5 ms follow-up."""
import asyncio


async def download(name, ms):
    await asyncio.sleep(ms / 1000)
    return name


async def main():
    names = await asyncio.gather(download("a", 10), download("b", 25), download("c", 40))
    await asyncio.sleep(0.005)
    print("downloaded:", names)


asyncio.run(main())
