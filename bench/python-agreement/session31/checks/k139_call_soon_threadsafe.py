# a worker thread hands its result to the event loop with call_soon_threadsafe; the coroutine waits on a Future
import asyncio
import threading

result = {}


def worker(loop, fut):
    total = sum(range(10))
    loop.call_soon_threadsafe(fut.set_result, total)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, fut))
    t.start()
    result["total"] = await fut
    t.join()


asyncio.run(main())
print(result)
