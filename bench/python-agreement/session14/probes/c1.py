# Expected: cleaned == 1
import asyncio

timeouts = 0
cleaned = 0


async def slow():
    global cleaned
    try:
        await asyncio.sleep(0.2)
    finally:
        cleaned = 1


async def main():
    global timeouts
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        timeouts += 1


asyncio.run(main())
