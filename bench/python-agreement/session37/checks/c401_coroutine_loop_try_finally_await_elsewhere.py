import asyncio

TABLE = {"a": 1}
log = []


async def job(keys):
    for key in keys:
        await asyncio.sleep(0)
        try:
            log.append(TABLE[key])
        finally:
            log.append(f"after {key}")


async def main():
    try:
        await job(["a", "zz"])
    except KeyError:
        log.append("caught")


asyncio.run(main())
print(log)  # ordered
