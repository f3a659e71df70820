"""A TaskGroup (3.11) runs fetchers; one failure cancels the siblings and surfaces as an ExceptionGroup."""
import asyncio

finished = []
cancelled = []


async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        finished.append(name)
        return name
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main():
    async with asyncio.TaskGroup() as group:
        a = group.create_task(fetch("a", 0.01))
        b = group.create_task(fetch("b", 0.02))
    first_a = a.result()
    first_b = b.result()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("c", 0.01, fail=True))
            group.create_task(fetch("d", 0.05))
    except* ValueError as errors:
        failures = len(errors.exceptions)
    return first_a + first_b, failures


outcome = asyncio.run(main())
first, failures = outcome
print(first, failures, finished, cancelled)
assert first == "ab" and failures == 1 and cancelled == ["d"]
