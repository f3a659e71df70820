# loop.call_soon(out.append, x).
import asyncio

out = []


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(out.append, 1)
    await asyncio.sleep(0)


asyncio.run(main())
print(out)
