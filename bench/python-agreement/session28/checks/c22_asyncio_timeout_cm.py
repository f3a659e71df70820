import asyncio

finished = 0
timed_out = 0
cleanup = 0


async def slow() -> None:
    global finished, cleanup
    try:
        await asyncio.sleep(0.05)
        finished += 1
    finally:
        cleanup += 1


async def main() -> None:
    global timed_out
    try:
        async with asyncio.timeout(0.01):
            await slow()
    except TimeoutError:
        timed_out += 1
    async with asyncio.timeout(1):
        await slow()


asyncio.run(main())
print(finished, timed_out, cleanup)
assert finished == 1 and timed_out == 1 and cleanup == 2
