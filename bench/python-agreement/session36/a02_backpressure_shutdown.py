# An asyncio pipeline with backpressure: a fast producer fills a queue of maxsize 2; two slow consumers
# drain it; on shutdown the main coroutine waits for queue.join() and then cancels the consumers.
import asyncio

processed = []
producer_waits = 0
cancelled = 0


async def producer(queue, items):
    global producer_waits
    for item in items:
        if queue.full():
            producer_waits += 1
        await queue.put(item)


async def consumer(name, queue):
    global cancelled
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0.002)
            processed.append((name, item * 2))
            queue.task_done()
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue, range(6))
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    return sum(isinstance(r, asyncio.CancelledError) for r in results)


gathered_cancelled = asyncio.run(main())
values = sorted(v for _, v in processed)
print(f"values={values} waits={producer_waits} cancelled={cancelled} gathered={gathered_cancelled}")
