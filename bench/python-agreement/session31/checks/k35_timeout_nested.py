# nested asyncio.timeout blocks: the inner fires first; the outer's block goes on
import asyncio

log = []


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                log.append("inner")
            await asyncio.sleep(0.005)
            log.append("outer body done")
    except TimeoutError:
        log.append("outer")
    log.append("end")


asyncio.run(main())
print(log)
