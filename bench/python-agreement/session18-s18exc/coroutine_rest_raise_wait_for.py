# CPython 3.11.7 (10 runs): ['bad', 'late'] every run
# a coroutine's raise after wait_for in the same try goes past `except TimeoutError` to the outer handler
import asyncio

outcome = []


async def produce(q, value, delay):
    await asyncio.sleep(delay)
    await q.put(value)


async def consume(q):
    for _ in range(2):
        try:
            try:
                item = await asyncio.wait_for(q.get(), timeout=0.05)
                if item < 0:
                    raise ValueError("negative")
                outcome.append(item)
            except asyncio.TimeoutError:
                outcome.append("late")
        except ValueError:
            outcome.append("bad")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(consume(q), produce(q, -1, 0.01), produce(q, 4, 0.2))


asyncio.run(main())
print(outcome)
