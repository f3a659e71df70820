# WRONG WORDS. CPython: {'k': 1}. weft (start binary): refused at 15:11, "a list, dict, set or instance
# made by a function that runs as a job more than once, and handed to another task" -- `main` runs once
# (asyncio.run(main())); the dict is handed to `fill` by gather and returned by main
# (crates/pyimport/src/translate/run_memory.rs `refuse_handed_on`). Returning it is what triggers the
# words: the same program with `return box["k"]` imports. (Held-out a05's `last`.)
import asyncio


async def fill(box):
    await asyncio.sleep(0)
    box["k"] = 1


async def main():
    box = {}
    await asyncio.gather(fill(box))
    return box


result = asyncio.run(main())
print(result)
