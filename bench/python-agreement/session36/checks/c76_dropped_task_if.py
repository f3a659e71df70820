"""A task whose coroutine calls validate(x) as a statement; validate's raise-by-operation sits in an if."""
import asyncio

results = []


def validate(text):
    if text.startswith("#"):
        return int(text[1:])
    return -1


async def handle(text):
    await asyncio.sleep(0)
    validate(text)
    return text


async def main():
    outcomes = await asyncio.gather(handle("#4"), handle("#z"), return_exceptions=True)
    for o in outcomes:
        results.append("error" if isinstance(o, Exception) else o)


asyncio.run(main())
print(results)
