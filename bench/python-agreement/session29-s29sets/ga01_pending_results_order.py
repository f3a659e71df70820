"""asyncio.gather(*pending, return_exceptions=True) over wait(FIRST_COMPLETED)'s not_done: its list is in
the order of the set of tasks (their addresses), whatever order they were made or end in."""
import asyncio

gathered = []
first = ""


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    global first
    tasks = [
        asyncio.create_task(fetch("a", 0.01)),
        asyncio.create_task(fetch("b", 0.05)),
        asyncio.create_task(fetch("c", 0.05)),
        asyncio.create_task(fetch("d", 0.05)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    first = done.pop().result()
    results = await asyncio.gather(*pending, return_exceptions=True)
    gathered.extend(results)


asyncio.run(main())
print(first, gathered)
