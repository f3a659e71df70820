import asyncio

log = []


def parse(text):
    return int(text)


async def job(text):
    try:
        await asyncio.sleep(0)
        return parse(text)
    finally:
        log.append("end")


async def main():
    results = await asyncio.gather(job("x"), job("2"), return_exceptions=True)
    log.extend("err" if isinstance(r, Exception) else r for r in results)


asyncio.run(main())
print(sorted(log, key=str))
