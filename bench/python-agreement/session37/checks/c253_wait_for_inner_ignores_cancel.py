import asyncio

log = []


async def cleanup_heavy():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.002)
        log.append("cleanup done")


async def main():
    try:
        await asyncio.wait_for(cleanup_heavy(), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)  # ordered
