# SILENT (a wrong value): `await asyncio.gather()` with no awaitables gives [] in CPython; weft's import
# makes the result a list of one item (`let: results = array(1)`), so len(results) is 1 and
# `results == []` is False. (`gather(*jobs)` of an empty list, or of a comprehension over an empty
# module list, is refused, so only the bare call reaches this.)
# CPython 3.11: [0, True].  weft-start explore: 1 outcome, complete: sizes=[1, 0].
import asyncio

sizes = []


async def main():
    results = await asyncio.gather()
    sizes.append(len(results))
    sizes.append(results == [])


asyncio.run(main())
print(sizes)
