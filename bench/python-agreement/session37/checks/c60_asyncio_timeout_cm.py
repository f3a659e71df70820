import asyncio

log = []


async def slow(n):
    await asyncio.sleep(0.001 * n)
    return n


async def main():
    for n in (1, 30):
        try:
            async with asyncio.timeout(0.01):
                log.append(await slow(n))
        except TimeoutError:
            log.append(f"timeout {n}")


asyncio.run(main())
print(log)  # ordered
