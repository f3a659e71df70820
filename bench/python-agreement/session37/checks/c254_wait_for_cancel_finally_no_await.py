import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("slow finally")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)  # ordered
