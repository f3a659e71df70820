# loop.run_in_executor(None, f, x) beside asyncio.to_thread in one gather, with a ticker task that
# records, pass by pass of the loop, whether the gather has ended: the passes the jobs take.
import asyncio

state = {"done": 0}
seen = []
results = []


def double(x):
    return x * 2


def square(x):
    return x * x


async def ticker():
    for _ in range(6):
        seen.append(state["done"])
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    loop = asyncio.get_running_loop()
    a, b = await asyncio.gather(loop.run_in_executor(None, double, 4), asyncio.to_thread(square, 3))
    results.append(a)
    results.append(b)
    state["done"] = 1
    await tick


asyncio.run(main())
print(results, seen)
