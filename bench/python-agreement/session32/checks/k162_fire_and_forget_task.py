# A task created and never awaited: it runs while main awaits something else; cancelled at run()'s end.
import asyncio

log = []


async def background():
    for i in range(5):
        log.append(i)
        await asyncio.sleep(0)


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
print(log)
