# cancel() twice before the task runs: one CancelledError; cancelling() counts the requests (3.11).
import asyncio

seen = []


async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        seen.append(asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        seen.append("main saw cancel")
    print(seen)


asyncio.run(main())
