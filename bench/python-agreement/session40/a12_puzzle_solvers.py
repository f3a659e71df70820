# Puzzle solvers: solver coroutines race; as_completed gives them in finish order and we keep the first answer. Bug: none.
import asyncio

finish_order = []
answers = {}
first = ""


async def solver(name, steps, answer):
    for _ in range(steps):
        await asyncio.sleep(0.002)
    return name, answer


async def main():
    global first
    solvers = [solver("brute", 9, 42), solver("smart", 2, 42), solver("lucky", 5, 41)]
    for coro in asyncio.as_completed(solvers):
        name, ans = await coro
        finish_order.append(name)
        answers[name] = ans
        if not first:
            first = name


asyncio.run(main())
agree = sum(1 for a in answers.values() if a == 42)
print(f"first={first} finish_order={finish_order} agree={agree}")
