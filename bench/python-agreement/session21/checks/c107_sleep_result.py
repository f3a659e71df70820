# asyncio.sleep(delay, result) returns result
import asyncio

got = ""
count = 0


async def main():
    global got, count
    got = await asyncio.sleep(0.01, "woke")
    count = await asyncio.sleep(0, 7)


asyncio.run(main())
print(got, count)
