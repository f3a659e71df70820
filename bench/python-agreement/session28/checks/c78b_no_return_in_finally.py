import asyncio
from collections import Counter

FLAKY = {"b": 1, "d": 9}
errors: Counter = Counter()
pages: dict[str, int] = {}
peak = 0
active = 0


async def fetch(sem: asyncio.Semaphore, name: str) -> int:
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        got = -1
        for attempt in range(3):
            await asyncio.sleep(0.001 * 2 ** attempt)
            if attempt >= FLAKY.get(name, 0):
                got = ord(name)
                break
            errors[name] += 1
        active -= 1
        if got < 0:
            raise TimeoutError(name)
        return got


async def main() -> None:
    sem = asyncio.Semaphore(2)
    names = ["a", "b", "c", "d"]
    results = await asyncio.gather(*[fetch(sem, n) for n in names], return_exceptions=True)
    for name, result in zip(names, results):
        if isinstance(result, Exception):
            pages[name] = -1
        else:
            pages[name] = result


asyncio.run(main())
print(pages, dict(errors), peak)
assert pages == {"a": 97, "b": 98, "c": 99, "d": -1} and errors["d"] == 3 and peak == 2
