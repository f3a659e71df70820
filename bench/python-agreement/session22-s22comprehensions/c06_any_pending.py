import asyncio

state = {"done": 0}


async def job(n):
    await asyncio.sleep(0.01 * n)
    state["done"] += 1
    return n > 1


async def main():
    flags = await asyncio.gather(*(job(i) for i in range(3)))
    late = [f for f in flags]
    if any(f for f in late):
        state["done"] += 10
    count = sum(1 for f in flags if f)
    print(count)


asyncio.run(main())
print(state["done"])
