# BUG: releasing an unlocked asyncio.Lock raises RuntimeError
import asyncio

outcome = "none"


async def main():
    global outcome
    lock = asyncio.Lock()
    try:
        lock.release()
        outcome = "released"
    except RuntimeError:
        outcome = "runtime error"


asyncio.run(main())
print(outcome)
