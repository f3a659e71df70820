"""asyncio.run's value as an operand, an item's value, an argument and a test, several runs in a row."""
import asyncio

total = 0
box = {"last": 0}
history = []


async def work(n):
    global total
    seen = total
    await asyncio.sleep(0.001)
    total = seen + n
    return total


def doubled(value):
    return value * 2


total += asyncio.run(work(1))
box["last"] = asyncio.run(work(2))
history.append(asyncio.run(work(3)))
twice = doubled(asyncio.run(work(4)))
if asyncio.run(work(5)) > 20:
    history.append(-1)
assert asyncio.run(work(0)) == total
print(total, box, history, twice)
