"""session24/a03's first half: a TaskGroup's task results gathered in a list display."""
import asyncio

finished = []


async def fetch(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    return name


async def main():
    async with asyncio.TaskGroup() as group:
        a = group.create_task(fetch("a", 0.02))
        b = group.create_task(fetch("b", 0.01))
    first = [a.result(), b.result()]
    return first[0], first[1], len(first)


one, two, count = asyncio.run(main())
print(one, two, count, finished)
assert (one, two) == ("a", "b")
