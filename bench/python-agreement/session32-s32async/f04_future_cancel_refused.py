# a hand-made future's cancel(): not imported (refused at the call)
import asyncio

log = []


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.cancel()
    try:
        await fut
    except asyncio.CancelledError:
        log.append("cancelled")


asyncio.run(main())
print(log)
