import asyncio

log = []


async def job(text):
    try:
        await asyncio.sleep(0)
        return int(text)
    finally:
        log.append("end")


async def main():
    task = asyncio.create_task(job("x"))
    try:
        log.append(await task)
    except ValueError:
        log.append("ValueError")


asyncio.run(main())
print(sorted(log))
