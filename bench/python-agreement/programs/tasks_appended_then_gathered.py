"""Tasks appended in a loop and gathered: asyncio.gather(*tasks)."""
import asyncio
seen = 0
async def work(i):
    global seen
    await asyncio.sleep(0.01)
    seen += i
    return i
async def main():
    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(work(i)))
    results = await asyncio.gather(*tasks)
    return sum(results)
total = asyncio.run(main())
print(total, seen)
