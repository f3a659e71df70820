# zip(outcomes, pending) the other way round, with a body that depends on the set's order: the
# losers' names appended in the order CPython walks the set (their addresses: any order).
import asyncio

order = []
cancelled = 0


async def worker(n):
    await asyncio.sleep(0.010 * n)
    return n * 10


async def main():
    global cancelled
    tasks = {asyncio.create_task(worker(n)): n for n in range(1, 5)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    for result, task in zip(results, pending):
        order.append(tasks[task])
        if isinstance(result, asyncio.CancelledError):
            cancelled += 1


asyncio.run(main())
print(f"order={order} cancelled={cancelled}")
