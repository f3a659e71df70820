import asyncio

started = 0
cancelled = 0


async def work():
    global started
    started = 1
    await asyncio.sleep(1)


async def main():
    global cancelled
    t = asyncio.create_task(work())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        cancelled = 1


asyncio.run(main())
