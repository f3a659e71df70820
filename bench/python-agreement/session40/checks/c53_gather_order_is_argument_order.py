# Check: gather returns results in argument order, not finish order. Bug: none.
import asyncio

results = []
finish = []


async def job(name, delay):
    await asyncio.sleep(delay)
    finish.append(name)
    return name


async def main():
    res = await asyncio.gather(job(1, 0.03), job(2, 0.01), job(3, 0.02))
    results.extend(res)


asyncio.run(main())
print(f"results={results} finish={finish}")
