import asyncio

error = 0
cond_error = 0


async def main() -> None:
    global error, cond_error
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError:
        error = 1
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError:
        cond_error = 1


asyncio.run(main())
print(error, cond_error)
assert error == 1 and cond_error == 1
