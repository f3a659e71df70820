import asyncio


async def consumer(queue, ready, seen):
    ready.set()
    try:
        while True:
            item = await queue.get()
            seen.append(item.upper())
            queue.task_done()
    except asyncio.CancelledError:
        seen.append("<closed>")
        raise


async def main():
    queue = asyncio.Queue()
    ready = asyncio.Event()
    seen = []
    task = asyncio.create_task(consumer(queue, ready, seen))
    await ready.wait()
    for word in ["alpha", "beta", "gamma"]:
        queue.put_nowait(word)
    await queue.join()
    task.cancel()
    result = await asyncio.gather(task, return_exceptions=True)
    print("seen", seen, "cancelled", isinstance(result[0], asyncio.CancelledError), task.cancelled())


asyncio.run(main())
