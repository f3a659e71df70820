# asyncio: a dict display of (label, delay) tuples under int keys in main; a task per entry, the
# tuple unpacked in a for loop that starts the tasks; results gathered in order.
import asyncio

finished = []


async def job(key, label, delay):
    await asyncio.sleep(delay)
    finished.append(label)
    return key * 10


async def main():
    jobs = {1: ("one", 0.003), 2: ("two", 0.001), 3: ("three", 0.002)}
    tasks = [asyncio.create_task(job(k, label, delay)) for k, (label, delay) in jobs.items()]
    return await asyncio.gather(*tasks)


results = asyncio.run(main())
print(results, finished)
