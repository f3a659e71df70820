"""asyncio.Queue.task_done called more times than items raises ValueError."""
import asyncio

log = []


async def main():
    q = asyncio.Queue()
    await q.put(1)
    await q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        log.append("too many")
    await q.join()
    log.append("joined")


asyncio.run(main())
print(log)
