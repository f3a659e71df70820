# BUG: the program expects gather(*pending) to list the slower mirrors in the order it made them, but
# *pending hands gather the set's items in the order of the set's hash table (the tasks' addresses).
import asyncio

labels = []


async def mirror(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    names = ["fast", "eu", "us", "asia"]
    tasks = [asyncio.create_task(mirror(n, 0.01 if n == "fast" else 0.06)) for n in names]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    results = await asyncio.gather(*pending, return_exceptions=True)
    labels.extend(results)
    assert labels == ["eu", "us", "asia"], labels


asyncio.run(main())
print(labels)
