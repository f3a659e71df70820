"""gather(return_exceptions=True): failures come back as values, recorded by type and message."""
import asyncio


class QuotaExceeded(Exception):
    pass


async def call_api(name):
    await asyncio.sleep(0.001)
    if name == "maps":
        raise QuotaExceeded("maps quota")
    if name == "weather":
        raise KeyError(name)
    return len(name)


NAMES = ["search", "maps", "weather", "news"]


async def main():
    return await asyncio.gather(*(call_api(n) for n in NAMES), return_exceptions=True)


ok = {}
failed = {}
messages = []

if __name__ == "__main__":
    results = asyncio.run(main())
    for i in range(len(NAMES)):
        name = NAMES[i]
        res = results[i]
        if isinstance(res, Exception):
            failed[name] = type(res).__name__
            messages.append(str(res))
        else:
            ok[name] = res
    assert len(ok) + len(failed) == len(NAMES)
