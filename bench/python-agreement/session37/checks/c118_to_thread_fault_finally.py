import asyncio

log = []


def job(text):
    try:
        return int(text)
    finally:
        log.append("end")


async def main():
    try:
        log.append(await asyncio.to_thread(job, "x"))
    except ValueError:
        log.append("ValueError")


asyncio.run(main())
print(sorted(log))
