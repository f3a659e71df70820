import asyncio

log = []


def parse(text):
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    for text in ("5", "five"):
        try:
            log.append(await loop.run_in_executor(None, parse, text))
        except ValueError:
            log.append("bad")


asyncio.run(main())
print(log)  # ordered
