# ordered
# A consumer cancelled while waiting in q.get(): its except/finally run, and a later put is not lost.
import asyncio

log = []


async def consumer(q):
    try:
        item = await q.get()
        log.append(f"got {item}")
    except asyncio.CancelledError:
        log.append("consumer cancelled")
        raise
    finally:
        log.append("consumer finally")


async def main():
    q = asyncio.Queue()
    task = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await q.put("late")
    log.append(q.qsize())


asyncio.run(main())
print(log)
