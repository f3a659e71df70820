"""Two coroutines take two asyncio locks in opposite orders."""
import asyncio

done = 0


async def first(a, b):
    global done
    async with a:
        await asyncio.sleep(0.01)
        async with b:
            done += 1


async def second(a, b):
    global done
    async with b:
        await asyncio.sleep(0.01)
        async with a:
            done += 1


async def main():
    a = asyncio.Lock()
    b = asyncio.Lock()
    try:
        await asyncio.wait_for(asyncio.gather(first(a, b), second(a, b)), timeout=0.5)
    except asyncio.TimeoutError:
        pass


asyncio.run(main())
print(done)
