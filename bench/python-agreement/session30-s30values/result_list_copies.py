# BUG: a list of gathered results copied with `list(...)` and handed to two worker threads, and a
# returned display that unpacks it (`[*sizes, total]`, session28/a05's forms). The two threads add
# to a shared total without a lock, so an update may be lost: total 8 or 24 instead of 32.
import asyncio
import time

total = 0


async def measure(name):
    await asyncio.sleep(0.001 * len(name))
    return len(name)


def add_all(data, scale):
    global total
    subtotal = sum(data) * scale
    seen = total
    time.sleep(0.001)
    total = seen + subtotal


async def main():
    sizes = await asyncio.gather(measure("ab"), measure("abcde"), measure("x"))
    await asyncio.gather(
        asyncio.to_thread(add_all, list(sizes), 1),
        asyncio.to_thread(add_all, list(sizes), 3),
    )
    return [*sizes, len(sizes)]


values = asyncio.run(main())
print(values, total)
assert values == [2, 5, 1, 3]
