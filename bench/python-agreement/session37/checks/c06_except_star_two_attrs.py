import asyncio


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(reason)
        self.job = job
        self.reason = reason


log = []


async def run(job):
    await asyncio.sleep(0.001 * job)
    if job % 2 == 0:
        raise JobError(job, "even")
    log.append(f"ran {job}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for job in (1, 2):
                tg.create_task(run(job))
    except* JobError as eg:
        log.extend(f"{e.job}:{e.reason}" for e in eg.exceptions)


asyncio.run(main())
print(log)  # ordered
