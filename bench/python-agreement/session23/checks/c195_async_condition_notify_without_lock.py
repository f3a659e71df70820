# check: asyncio.Condition.notify() without holding the lock raises RuntimeError
import asyncio

kinds = []


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
        kinds.append(1)
    except RuntimeError:
        kinds.append(2)


asyncio.run(main())
