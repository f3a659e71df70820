"""`first, count = asyncio.run(main())` where main returns a list made by a display: compared with `==`."""
import asyncio

order = []


async def fetch(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    return name


async def main():
    a = asyncio.create_task(fetch("a", 0.02))
    b = asyncio.create_task(fetch("b", 0.01))
    ra = await a
    rb = await b
    first = [ra, rb, len(order)]
    return first, len(order)


first, count = asyncio.run(main())
same = first == ["a", "b", 2]
print(first, count, same)
