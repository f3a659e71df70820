# Bools that coroutines and tasks hand back: await of a coroutine, of a task by name, gather unpacked,
# asyncio.to_thread of a predicate, asyncio.wait_for of a coroutine, asyncio.run's result.
import asyncio

texts = []


def blocking_check(n):
    return n > 2


async def check(n):
    await asyncio.sleep(0.001)
    return n % 2 == 0


async def main():
    one = await check(4)
    task = asyncio.create_task(check(3))
    two = await task
    a, b = await asyncio.gather(check(1), check(2))
    three = await asyncio.to_thread(blocking_check, 5)
    four = await asyncio.wait_for(check(6), timeout=1)
    texts.append(f"await {one} task {two} gather {a} {b} thread {three} wait_for {four}")
    return len(texts) > 0


result = asyncio.run(main())
texts.append(f"run {result}")
