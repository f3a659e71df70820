# bug: none
import asyncio


class DeployError(Exception):
    pass


steps_done = []


async def deploy(service, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise DeployError(f"{service} health check failed")
        steps_done.append(service)
        return service
    except asyncio.CancelledError:
        steps_done.append(f"{service}(cancelled)")
        raise


async def rollout(plan):
    failures = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(deploy(*p)) for p in plan]
    except* DeployError as eg:
        failures = [str(e) for e in eg.exceptions]
    if failures:
        return failures
    return [t.result() for t in tasks]


async def main():
    good = await rollout([("db", 0.001), ("api", 0.002)])
    bad = await rollout([("cache", 0.001, True), ("web", 0.01)])
    print(f"good={good} bad={bad} steps={steps_done}")


asyncio.run(main())
