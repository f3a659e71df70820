import asyncio

log = []


async def job(text):
    try:
        return int(text)
    finally:
        log.append(f"end {text}")


async def main():
    results = await asyncio.gather(job("x"), job("3"), return_exceptions=True)
    for r in results:
        log.append("err" if isinstance(r, Exception) else r)


asyncio.run(main())
print(log)  # ordered
