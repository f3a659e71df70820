# check: wait_for of a coroutine that takes 10 ms with a 30 ms budget returns its value; with 5 ms it times out
import asyncio

results = []


async def work():
    await asyncio.sleep(0.01)
    return 42


async def main():
    results.append(await asyncio.wait_for(work(), 0.03))
    try:
        results.append(await asyncio.wait_for(work(), 0.005))
    except asyncio.TimeoutError:
        results.append(-1)


asyncio.run(main())
