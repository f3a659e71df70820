# a hand-made future's done() and cancel(): not imported (refused at the call)
import asyncio

log = []


async def main():
    fut = asyncio.get_running_loop().create_future()
    if not fut.done():
        fut.cancel()
    try:
        await fut
    except asyncio.CancelledError:
        log.append("cancelled")


asyncio.run(main())
print(log)
