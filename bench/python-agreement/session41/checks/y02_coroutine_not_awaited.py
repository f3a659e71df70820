# check: a coroutine called without await never runs its body
import asyncio

saved = []


async def save(record):
    saved.append(record)


async def main():
    save("forgotten")
    await save("awaited")
    await asyncio.sleep(0.001)


asyncio.run(main())
print(saved)
