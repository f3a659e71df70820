# Canal: two barges need both lock gates; they take them in opposite order with an await in between. Bug: deadlock (lock-order inversion), reported through wait_for timeout.
import asyncio

passed = []
outcome = ""


async def barge(name, first, second):
    async with first:
        await asyncio.sleep(0.01)
        async with second:
            passed.append(name)


async def main():
    global outcome
    upper = asyncio.Lock()
    lower = asyncio.Lock()
    try:
        await asyncio.wait_for(
            asyncio.gather(barge("east", upper, lower), barge("west", lower, upper)),
            timeout=0.2,
        )
        outcome = "clear"
    except asyncio.TimeoutError:
        outcome = "jammed"


asyncio.run(main())
print(f"outcome={outcome} passed={passed}")
