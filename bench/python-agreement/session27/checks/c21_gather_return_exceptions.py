"""gather(return_exceptions=True) keeps argument order with the exceptions in their places."""
import asyncio

kinds: list[str] = []
texts: list[str] = []


async def op(n: int) -> int:
    await asyncio.sleep(0.01 * (3 - n))
    if n == 1:
        raise KeyError(f"k{n}")
    if n == 2:
        raise ValueError(f"bad {n}")
    return n * 10


async def main() -> None:
    results = await asyncio.gather(*[op(n) for n in range(3)], return_exceptions=True)
    for r in results:
        kinds.append(type(r).__name__)
        texts.append(str(r))


asyncio.run(main())
print(kinds, texts)
