# asyncio.to_thread(out.append, 1).
import asyncio

out = []


async def main():
    await asyncio.to_thread(out.append, 1)


asyncio.run(main())
print(out)
