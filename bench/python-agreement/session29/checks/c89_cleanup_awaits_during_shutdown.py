# a cancelled background task awaits in its handler while asyncio.run shuts down: it still finishes
import asyncio

flushed = 0


async def background():
    global flushed
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.001)
        flushed = 1
        raise


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.001)


asyncio.run(main())
print(flushed)
