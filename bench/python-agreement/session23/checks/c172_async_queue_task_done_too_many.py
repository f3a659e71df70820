# check: asyncio.Queue.task_done() past the items put raises ValueError; join() with nothing put returns at once
import asyncio

log = []


async def main():
    q = asyncio.Queue()
    await q.join()
    log.append(1)
    try:
        q.task_done()
    except ValueError:
        log.append(2)


asyncio.run(main())
