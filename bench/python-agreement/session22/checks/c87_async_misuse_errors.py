import asyncio

log = []


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError:
        log.append("lock release")
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError:
        log.append("task_done")
    fut = asyncio.get_running_loop().create_future()
    fut.cancel()
    try:
        fut.result()
    except asyncio.CancelledError:
        log.append("cancelled result")
    sem = asyncio.BoundedSemaphore(1)
    try:
        sem.release()
    except ValueError:
        log.append("bounded")


asyncio.run(main())
print(log)
