# asyncio.run cancels the tasks still pending when main returns: one started (its handler runs),
# one never started (its body never runs at all)
import asyncio

started_cleanup = 0
unstarted_ran = 0


async def started():
    global started_cleanup
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        started_cleanup = 1
        raise


async def unstarted():
    global unstarted_ran
    unstarted_ran = 1
    await asyncio.sleep(1)


async def main():
    asyncio.create_task(started())
    await asyncio.sleep(0)
    asyncio.create_task(unstarted())


asyncio.run(main())
print(started_cleanup, unstarted_ran)
