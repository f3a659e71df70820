# ordered
# run_in_executor: a blocking function's exception comes out of the await.
import asyncio

log = []


def parse(text):
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    log.append(await loop.run_in_executor(None, parse, "41"))
    try:
        await loop.run_in_executor(None, parse, "x")
    except ValueError:
        log.append("bad")


asyncio.run(main())
print(log)
