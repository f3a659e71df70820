# After `done.pop()`, a loop over `pending` counts and awaits the tasks still running: the popped
# one is not pending (two finish close together, so `done` may hold both).
import asyncio

waited = 0
results = 0


async def work(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    global waited, results
    tasks = [asyncio.create_task(work(n, d)) for n, d in [(1, 0.01), (2, 0.06), (3, 0.12)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    first = done.pop().result()
    for task in pending:
        waited += 1
        results += await task
    results += first


asyncio.run(main())
print(waited, results)
