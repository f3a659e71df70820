import asyncio

TABLE = {"a": 1}
log = []


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(TABLE[name])
    finally:
        log.append(f"end {name}")


async def main():
    try:
        await asyncio.gather(job("zz", 0.001), job("a", 0.003))
    except KeyError:
        log.append("caught")
    await asyncio.sleep(0.01)


asyncio.run(main())
print(log)  # ordered
