import asyncio

counter = 0
seen = []


async def bump(n):
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + n
    return n


async def main():
    for f in asyncio.as_completed([bump(1), bump(10), bump(100)]):
        seen.append(await f)


asyncio.run(main())
print(counter, seen)
