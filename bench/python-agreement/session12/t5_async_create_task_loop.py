import asyncio
results = []
async def work(i):
    await asyncio.sleep(0.01 * (3 - i))
    results.append(i)
async def main():
    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(work(i)))
    for t in tasks:
        await t
asyncio.run(main())
print(results[0], results[1], results[2])
