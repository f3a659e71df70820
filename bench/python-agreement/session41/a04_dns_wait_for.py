# bug: none
import asyncio

RESOLVERS = {"fast": 0.001, "slow": 0.05, "medium": 0.003}


async def resolve(resolver, host):
    await asyncio.sleep(RESOLVERS[resolver])
    return f"{host}@{resolver}"


async def main():
    answers = {}
    for name in RESOLVERS:
        try:
            answers[name] = await asyncio.wait_for(resolve(name, "example.com"), timeout=0.01)
        except asyncio.TimeoutError:
            answers[name] = "timeout"
    ok = [k for k, v in answers.items() if v != "timeout"]
    print(f"answers={answers} ok={len(ok)}/{len(answers)}")


asyncio.run(main())
