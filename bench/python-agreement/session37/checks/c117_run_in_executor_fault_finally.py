import asyncio

log = []


def job(text):
    try:
        return int(text)
    finally:
        log.append("end")


async def main():
    loop = asyncio.get_running_loop()
    try:
        log.append(await loop.run_in_executor(None, job, "x"))
    except ValueError:
        log.append("ValueError")


asyncio.run(main())
print(sorted(log))
