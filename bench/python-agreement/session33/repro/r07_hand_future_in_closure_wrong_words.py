# WRONG WORDS: a hand-made asyncio future set from a nested coroutine (a closure over `fut`) is
# refused saying "`fut.set_result` is `async def`: calling it without `await` makes a coroutine
# object ... `await fut.set_result(...)`" -- set_result is a plain method, and following that advice
# breaks the program. The same program with `fut` passed as the coroutine's parameter imports and
# agrees (one outcome, result=[7]).
# The same words come for a nested coroutine that takes the future as a parameter (checks/k83, k84),
# and a kept gather (`job = asyncio.gather(...)`, then `await job`) whose coroutines are nested in main
# is refused with "`asyncio.gather` is translated where it is awaited: ... or assigned to a name" though
# it is assigned to a name (k80-k82, k85); with module-level coroutines both forms import and agree
# (k86, k87).
# CPython 3.11: [7].  weft-start import: refused at 10:9 in the words above.
import asyncio

result = []


async def main():
    fut = asyncio.get_running_loop().create_future()

    async def setter():
        fut.set_result(7)

    t = asyncio.create_task(setter())
    result.append(await fut)
    await t


asyncio.run(main())
print(result)
