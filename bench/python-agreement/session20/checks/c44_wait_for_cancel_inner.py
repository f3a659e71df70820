"""asyncio.wait_for cancels the inner coroutine at its time-out; the inner's finally runs first."""
import asyncio

cleanup = 0
outcome = ""


async def fetch():
    global cleanup
    try:
        await asyncio.sleep(0.1)
        return "data"
    finally:
        cleanup += 1


async def main():
    global outcome
    try:
        outcome = await asyncio.wait_for(fetch(), timeout=0.005)
    except asyncio.TimeoutError:
        outcome = f"timeout after cleanup={cleanup}"


if __name__ == "__main__":
    asyncio.run(main())
