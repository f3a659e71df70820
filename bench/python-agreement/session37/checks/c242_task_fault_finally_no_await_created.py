import asyncio

log = []


async def job(text):
    try:
        log.append(int(text))
    finally:
        log.append(f"end {text}")


async def main():
    task = asyncio.create_task(job("x"))
    try:
        await task
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)  # ordered
