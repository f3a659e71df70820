# An async job runner: an asyncio.PriorityQueue of (priority, name) jobs, two workers, a results dict, and a
# shutdown that cancels the workers once the queue is joined.
import asyncio

results = {}
order = []
COST = {"backup": 3, "email": 1, "report": 2, "cleanup": 1}


async def worker(wid, queue):
    while True:
        priority, name = await queue.get()
        try:
            for _ in range(COST[name]):
                await asyncio.sleep(0)
            results[name] = wid
            order.append(name)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for priority, name in [(2, "report"), (1, "email"), (3, "cleanup"), (0, "backup")]:
        queue.put_nowait((priority, name))
    workers = [asyncio.create_task(worker(w, queue)) for w in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(order, results)


asyncio.run(main())
