"""Coroutines that yield with asyncio.sleep(0) interleave in round-robin order."""
import asyncio

trace = []


async def ticker(name, n):
    for i in range(n):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 1))


asyncio.run(main())
text = " ".join(trace)
print(text)
