import asyncio

log = []


async def job(name, delay, fail):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        log.append(f"done {name}")
    finally:
        log.append(f"end {name}")


async def main():
    try:
        await asyncio.gather(job("bad", 0.001, True), job("good", 0.003, False))
    except ValueError:
        log.append("caught")
    await asyncio.sleep(0.01)


asyncio.run(main())
print(log)  # ordered
