# check: asyncio.sleep(delay, result) returns result
import asyncio

got = []


async def main():
    value = await asyncio.sleep(0.001, "tick")
    got.append(value)
    other = await asyncio.sleep(0)
    got.append(str(other))


asyncio.run(main())
print(got)
