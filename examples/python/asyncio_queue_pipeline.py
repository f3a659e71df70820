"""A producer and two consumers on an `asyncio.Queue(maxsize=2)`: the producer waits while the queue is
full, each consumer takes items until it gets the stop mark (-1), marks every item done, and the main
coroutine waits for them all with `await queue.join()`. No lock is needed: a coroutine is only switched
out at an `await`, and `total += item` has none."""
import asyncio

ITEMS = 6
queue = asyncio.Queue(maxsize=2)
total = 0
handled = 0


async def produce():
    for item in range(1, ITEMS + 1):
        await queue.put(item)
    await queue.put(-1)
    await queue.put(-1)


async def consume():
    global total, handled
    while True:
        item = await queue.get()
        if item < 0:
            queue.task_done()
            break
        await asyncio.sleep(0.01)  # the work on the item
        total += item
        handled += 1
        queue.task_done()


async def main():
    consumers = [asyncio.create_task(consume()) for _ in range(2)]
    await produce()
    await queue.join()
    for consumer in consumers:
        await consumer


if __name__ == "__main__":
    asyncio.run(main())
    print("total:", total, "handled:", handled)
