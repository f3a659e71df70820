import asyncio

status = ""
reached = 0


async def fetch() -> None:
    global reached
    await asyncio.sleep(0.05)
    reached = 1


async def main() -> None:
    global status
    try:
        async with asyncio.timeout(0.01):
            await fetch()
        status = "ok"
    except TimeoutError:
        status = "timeout"


asyncio.run(main())
print(status, reached)
