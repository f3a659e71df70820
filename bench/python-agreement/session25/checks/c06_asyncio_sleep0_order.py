# check: the event loop runs ready tasks in FIFO order: sleep(0) round-robin is deterministic
import asyncio

trace = []


async def ticker(name, n):
    for i in range(n):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 3))
    trace.append("main")
    await asyncio.gather(a, b, ticker("c", 2))


asyncio.run(main())
order = " ".join(trace)
print(order)
