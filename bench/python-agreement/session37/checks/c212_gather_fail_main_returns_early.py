import asyncio

log = []


async def job(name, delay, fail):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        log.append(f"done {name}")
    except asyncio.CancelledError:
        log.append(f"cancelled {name}")
        raise


async def main():
    try:
        await asyncio.gather(job("bad", 0.001, True), job("good", 0.02, False))
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)  # ordered
